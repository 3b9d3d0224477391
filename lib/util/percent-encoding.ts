/** True when a raw URL path decodes as percent-encoded UTF-8 (what decodeURIComponent accepts). */
export function isWellEncodedPath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return true;
  } catch {
    return false;
  }
}
