import path from 'node:path';
import sharp from 'sharp';
import type { Article, ContentProblem } from '@/lib/content/article';

/** Each article image's declared width and height must match the file's own proportions. */
export async function findImageSizeProblems(
  articles: readonly Article[],
  publicDir: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const { image } = article;
    if (!image) continue;
    const meta = await sharp(path.join(publicDir, image.src)).metadata();
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

/** Everything the build checks about content: the loader's problems, then image sizes. */
export async function checkContent(
  load: () => Promise<{ articles: Article[]; problems: ContentProblem[] }>,
  publicDir: string,
) {
  const { articles, problems } = await load();
  if (problems.length > 0) return { articles, problems };
  return { articles, problems: await findImageSizeProblems(articles, publicDir) };
}
