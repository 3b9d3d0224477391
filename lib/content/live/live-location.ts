import path from 'node:path';

export interface LiveLocation {
  /** Folder holding one sub-folder per live page. */
  liveDir: string;
  publicDir: string;
  rootDir: string;
}

/**
 * `LIVE_DIR`, or `content/live`. A server pointed at another article folder (`CONTENT_DIR`: a
 * benchmark, a test fixture) serves no live pages unless `LIVE_DIR` names some, so the site's own
 * coverage never joins a fixture's listings; an empty `LIVE_DIR` means none.
 */
export function defaultLiveLocation(
  env: Record<string, string | undefined> = process.env,
): LiveLocation | null {
  const rootDir = process.cwd();
  const setting = env.LIVE_DIR ?? (env.CONTENT_DIR ? '' : undefined);
  if (setting === '') return null;
  return {
    rootDir,
    liveDir: setting
      ? path.resolve(/* turbopackIgnore: true */ rootDir, setting)
      : path.join(process.cwd(), 'content', 'live'),
    publicDir: path.join(process.cwd(), 'public'),
  };
}
