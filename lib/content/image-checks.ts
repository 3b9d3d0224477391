import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Article, ContentProblem } from './article';
import type { ContentLocation } from './load-content';

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** What sharp makes of the file; null, with why, when it is no picture (a text file named .svg). */
async function readSize(file: string) {
  try {
    const { width, height } = await sharp(file).metadata();
    return { width, height, error: null };
  } catch (error) {
    return { width: 0, height: 0, error: (error as Error).message.split('\n')[0] };
  }
}

/** Each article image's declared width and height must match the file's own proportions. */
async function findImageSizeProblems(
  articles: readonly Article[],
  publicDir: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const { image } = article;
    if (!image) continue;
    const meta = await readSize(path.join(publicDir, image.src));
    if (meta.error) {
      problems.push({
        file: article.file,
        field: 'image.src',
        message: `points to ${image.src}, which is not a picture: ${meta.error}`,
        hint: 'save the picture itself under that name, as SVG, PNG, JPEG or WebP',
      });
      continue;
    }
    const ratio = (meta.width ?? 0) / (meta.height ?? 1);
    if (Math.abs(ratio - image.width / image.height) > 0.01) {
      problems.push({
        file: article.file,
        field: 'image.width',
        message: `with image.height gives ${image.width}x${image.height}, but ${image.src} is ${meta.width}x${meta.height}`,
        hint: "write the image file's own width and height",
      });
    }
  }
  return problems;
}

async function findMissingImages(location: ContentLocation, articles: readonly Article[]) {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    if (!article.image) continue;
    // The schema keeps src to /images/<lowercase path>, so it cannot leave public/.
    if (!(await exists(path.join(location.publicDir, article.image.src)))) {
      problems.push({
        file: article.file,
        field: 'image.src',
        message: `points to ${article.image.src}, which is not in public/`,
        hint: 'add the image under public/images or correct the path',
      });
    }
  }
  return problems;
}

/**
 * What is wrong with the pictures of articles that parsed: a missing file first; for a file that
 * is there, whether it is a picture of the declared proportions. One problem per article at most.
 */
export async function findImageProblems(
  location: ContentLocation,
  articles: readonly Article[],
): Promise<ContentProblem[]> {
  const missing = await findMissingImages(location, articles);
  const refused = new Set(missing.map((problem) => problem.file));
  const present = articles.filter((article) => !refused.has(article.file));
  return [...missing, ...(await findImageSizeProblems(present, location.publicDir))];
}
