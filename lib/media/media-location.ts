import path from 'node:path';

export interface MediaLocation {
  /** Folder that source paths such as /images/articles/x.svg resolve against. */
  publicDir: string;
  /** Folder the renditions and cards made on request are kept in. */
  cacheDir: string;
}

/**
 * Sources under public/, made files in the build folder's cache: `next build` keeps `cache/`
 * from one build to the next, nothing serves that folder directly, and public/ is never written
 * while the server runs.
 */
export function defaultMediaLocation(): MediaLocation {
  const root = process.cwd();
  return {
    publicDir: path.join(root, 'public'),
    cacheDir: path.join(
      /* turbopackIgnore: true */ root,
      process.env.NEXT_DIST_DIR || '.next',
      'cache',
      'media',
    ),
  };
}
