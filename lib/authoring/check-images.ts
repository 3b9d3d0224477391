import path from 'node:path';
import sharp from 'sharp';
import type { Article, ContentProblem } from '@/lib/content/article';

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
export async function findImageSizeProblems(
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

/**
 * Everything the build checks about content: the loader's problems, then the image files of the
 * articles that passed it, so one broken file never hides another's problem.
 */
export async function checkContent(
  load: () => Promise<{ articles: Article[]; problems: ContentProblem[] }>,
  publicDir: string,
) {
  const { articles, problems } = await load();
  const refused = new Set(problems.map((problem) => problem.file));
  const passed = articles.filter((article) => !refused.has(article.file));
  return {
    articles,
    problems: [...problems, ...(await findImageSizeProblems(passed, publicDir))],
  };
}
