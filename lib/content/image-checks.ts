import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Article, ContentProblem } from './article';
import type { ContentLocation } from './content-location';

type PictureFacts =
  | { kind: 'missing' }
  | { kind: 'unreadable'; error: string }
  | { kind: 'picture'; width: number; height: number };

/**
 * Pictures already measured, by path, modification time and size: a corpus shares a few pictures
 * among thousands of stories, and reading one with sharp costs more than parsing its story.
 */
const measured = new Map<string, PictureFacts>();
const MEASURED_LIMIT = 10_000;

/** Whether the file is there and what sharp makes of it (a text file named .svg is no picture). */
async function pictureFacts(file: string): Promise<PictureFacts> {
  let key;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { kind: 'missing' };
    key = `${file}\0${info.mtimeMs}\0${info.size}`;
  } catch {
    return { kind: 'missing' };
  }
  const known = measured.get(key);
  if (known) return known;
  let facts: PictureFacts;
  try {
    const { width = 0, height = 0 } = await sharp(file).metadata();
    facts = { kind: 'picture', width, height };
  } catch (error) {
    facts = { kind: 'unreadable', error: (error as Error).message.split('\n')[0] ?? '' };
  }
  if (measured.size >= MEASURED_LIMIT) measured.clear();
  measured.set(key, facts);
  return facts;
}

/**
 * What is wrong with the pictures of articles that parsed: a missing file; for a file that is
 * there, whether it is a picture of the declared proportions. One problem per article at most.
 */
export async function findImageProblems(
  location: ContentLocation,
  articles: readonly Pick<Article, 'file' | 'image'>[],
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const { image } = article;
    if (!image) continue;
    // The schema keeps src to /images/<lowercase path>, so it cannot leave public/.
    const facts = await pictureFacts(path.join(location.publicDir, image.src));
    if (facts.kind === 'missing') {
      problems.push({
        file: article.file,
        field: 'image.src',
        message: `points to ${image.src}, which is not in public/`,
        hint: 'add the image under public/images or correct the path',
      });
    } else if (facts.kind === 'unreadable') {
      problems.push({
        file: article.file,
        field: 'image.src',
        message: `points to ${image.src}, which is not a picture: ${facts.error}`,
        hint: 'save the picture itself under that name, as SVG, PNG, JPEG or WebP',
      });
    } else if (Math.abs(facts.width / (facts.height || 1) - image.width / image.height) > 0.01) {
      problems.push({
        file: article.file,
        field: 'image.width',
        message: `with image.height gives ${image.width}x${image.height}, but ${image.src} is ${facts.width}x${facts.height}`,
        hint: "write the image file's own width and height",
      });
    }
  }
  return problems;
}
