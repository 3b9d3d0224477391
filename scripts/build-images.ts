/**
 * Renders every article image to the responsive sizes and formats the pages ask for
 * (public/_img/...), after checking all content: a broken article stops the build here, before
 * `next build` writes anything.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { formatProblems } from '../lib/content/article';
import { defaultContentLocation, loadContent } from '../lib/content/load-content';
import { IMAGE_FORMATS, renditionPath, renditionWidths } from '../lib/images';

const QUALITY = { avif: 55, webp: 72, jpg: 78 } as const;

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function main() {
  const location = defaultContentLocation();
  const { articles, problems } = await loadContent(location);
  const sources = new Map(articles.map((article) => [article.image.src, article]));
  for (const [src, article] of sources) {
    const input = path.join(location.publicDir, src);
    const meta = await sharp(input).metadata();
    const ratio = (meta.width ?? 0) / (meta.height ?? 1);
    if (Math.abs(ratio - article.image.width / article.image.height) > 0.01) {
      problems.push({
        file: article.file,
        field: 'image.width',
        message: `with image.height gives ${article.image.width}x${article.image.height}, but ${src} is ${meta.width}x${meta.height}`,
        hint: "write the image file's own width and height",
      });
    }
  }
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }

  let written = 0;
  for (const [src, article] of sources) {
    const input = path.join(location.publicDir, src);
    const sourceTime = await mtime(input);
    for (const width of renditionWidths(article.image.width)) {
      for (const format of IMAGE_FORMATS) {
        const output = path.join(location.publicDir, renditionPath(src, width, format));
        if ((await mtime(output)) > sourceTime) continue;
        await mkdir(path.dirname(output), { recursive: true });
        const height = Math.round((width * article.image.height) / article.image.width);
        const image = sharp(input, { density: 300 }).resize(width, height, { fit: 'cover' });
        const encoded =
          format === 'avif'
            ? image.avif({ quality: QUALITY.avif, effort: 4 })
            : format === 'webp'
              ? image.webp({ quality: QUALITY.webp })
              : image.jpeg({ quality: QUALITY.jpg, mozjpeg: true });
        await encoded.toFile(output);
        written += 1;
      }
    }
  }
  console.log(`images: ${sources.size} source(s), ${written} rendition(s) written`);
}

await main();
