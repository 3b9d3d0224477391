import { stat } from 'node:fs/promises';
import path from 'node:path';

function publicDir(): string {
  return path.join(process.cwd(), 'public');
}

/** The byte size of a file under public/, by its URL path (e.g. /_img/images/x-1200.jpg). */
export async function publicFileSize(urlPath: string, root: string = publicDir()): Promise<number> {
  if (!urlPath.startsWith('/') || urlPath.split('/').includes('..')) {
    throw new Error(`${urlPath} is not a path under public/`);
  }
  const file = path.join(/* turbopackIgnore: true */ root, urlPath);
  try {
    const stats = await stat(file);
    if (stats.isFile()) return stats.size;
  } catch {
    // reported below
  }
  throw new Error(
    `public${urlPath} is missing: render images with \`npx tsx scripts/build-images.ts\` ` +
      '(`npm run build` does it first) before building the feeds.',
  );
}

/** Sizes of several files under public/, keyed by URL path, for the feed builders. */
export async function publicFileSizes(
  urlPaths: Iterable<string>,
  root: string = publicDir(),
): Promise<Map<string, number>> {
  const unique = [...new Set(urlPaths)];
  const sizes = await Promise.all(unique.map((urlPath) => publicFileSize(urlPath, root)));
  return new Map(unique.map((urlPath, i) => [urlPath, sizes[i]!]));
}
