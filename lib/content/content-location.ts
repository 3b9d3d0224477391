import path from 'node:path';

export interface ContentLocation {
  /** Folder holding one sub-folder per article. */
  contentDir: string;
  /** Folder that image paths such as /images/x.svg resolve against. */
  publicDir: string;
  /** Folder that file names in messages are relative to. */
  rootDir: string;
}

export function defaultContentLocation(): ContentLocation {
  const rootDir = process.cwd();
  const override = process.env.CONTENT_DIR;
  return {
    rootDir,
    // CONTENT_DIR points the build at another corpus (benchmarks, fixtures); it is never traced.
    contentDir: override
      ? path.resolve(/* turbopackIgnore: true */ rootDir, override)
      : path.join(process.cwd(), 'content', 'articles'),
    publicDir: path.join(process.cwd(), 'public'),
  };
}
