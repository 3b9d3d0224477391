/**
 * Renders every article image (and the site's fallback artwork) to the responsive sizes and
 * formats the pages ask for, plus the crops structured data names, under public/_img/. It checks
 * all content first: a broken article stops the build here, before `next build` writes anything.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { resolveSiteOrigin } from '../lib/site-config';
import { checkContent } from '../lib/authoring/check-images';
import { formatProblems } from '../lib/content/article';
import { defaultContentLocation, loadContent } from '../lib/content/load-content';
import {
  cropPath,
  FALLBACK_IMAGE,
  IMAGE_CROPS,
  IMAGE_FORMATS,
  renditionPath,
  renditionWidths,
  type ImageSource,
} from '../lib/images';

const QUALITY = { avif: 55, webp: 72, jpg: 78 } as const;

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

interface Job {
  output: string;
  width: number;
  height: number;
  format: (typeof IMAGE_FORMATS)[number];
}

function jobsFor(image: ImageSource): Job[] {
  const sizes = renditionWidths(image.width).flatMap((width) =>
    IMAGE_FORMATS.map((format) => ({
      output: renditionPath(image.src, width, format),
      width,
      height: Math.round((width * image.height) / image.width),
      format,
    })),
  );
  const crops = Object.entries(IMAGE_CROPS).map(([crop, size]) => ({
    output: cropPath(image.src, crop as keyof typeof IMAGE_CROPS),
    ...size,
    format: 'jpg' as const,
  }));
  return [...sizes, ...crops];
}

async function render(publicDir: string, image: ImageSource): Promise<number> {
  const input = path.join(publicDir, image.src);
  const sourceTime = await mtime(input);
  let written = 0;
  for (const job of jobsFor(image)) {
    const output = path.join(publicDir, job.output);
    if ((await mtime(output)) > sourceTime) continue;
    await mkdir(path.dirname(output), { recursive: true });
    // Vector sources are rasterised at high density so crops larger than the source stay sharp.
    const resized = sharp(input, { density: 300 }).resize(job.width, job.height, {
      fit: 'cover',
    });
    const encoded =
      job.format === 'avif'
        ? resized.avif({ quality: QUALITY.avif, effort: 4 })
        : job.format === 'webp'
          ? resized.webp({ quality: QUALITY.webp })
          : resized.jpeg({ quality: QUALITY.jpg, mozjpeg: true });
    await encoded.toFile(output);
    written += 1;
  }
  return written;
}

/** One clear line before the build: shared links are only as good as SITE_URL. */
function checkSiteUrl() {
  try {
    const origin = resolveSiteOrigin(process.env.SITE_URL);
    if (!process.env.SITE_URL?.trim()) {
      console.warn(
        `warning: SITE_URL is not set, so canonical, share and preview links will point at ${origin}. ` +
          'Set SITE_URL to the public origin (e.g. SITE_URL=https://news.example) for a build you deploy.',
      );
    }
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}

async function main() {
  checkSiteUrl();
  const location = defaultContentLocation();
  const { articles, problems } = await checkContent(
    () => loadContent(location),
    location.publicDir,
  );
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  const images = new Map<string, ImageSource>([[FALLBACK_IMAGE.src, FALLBACK_IMAGE]]);
  for (const article of articles) if (article.image) images.set(article.image.src, article.image);

  let written = 0;
  for (const image of images.values()) written += await render(location.publicDir, image);
  console.log(`images: ${images.size} source(s), ${written} file(s) written`);
}

await main();
