/**
 * Route params arrive percent-encoded (`%D8%A7...`). Decodes exactly once; a malformed encoding
 * gives null, which the page answers with 404.
 */
export function decodeSlugParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw).normalize('NFC');
  } catch {
    return null;
  }
}
