import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import type { Article, ContentProblem } from './article';
import { defaultContentLocation, type ContentLocation } from './content-location';
import { folderNameProblem, pageFileLocale, readTextFile } from './folder-files';
import { findImageProblems } from './image-checks';
import { parseArticle } from './parse-article';

export interface LoadedContent {
  articles: Article[];
  problems: ContentProblem[];
}

export interface LoadedFolder extends LoadedContent {
  /** Every story file the folder holds, parsed or not (project-relative, as in messages). */
  files: string[];
}

export async function loadArticleFolder(
  location: ContentLocation,
  id: string,
): Promise<LoadedFolder> {
  const folder = path.join(location.contentDir, id);
  const relative = (name: string) => path.relative(location.rootDir, path.join(folder, name));
  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const badName = folderNameProblem(id, relative(''), 'article', 'baghdad-bombings-2021');
  if (badName) return { articles, problems: [badName], files };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = relative(entry.name);
    const locale = pageFileLocale(entry);
    if (!locale) {
      problems.push({
        file,
        message: 'is not named after a locale',
        hint: 'an article folder holds only ar.md and en.md',
      });
      continue;
    }
    files.push(file);
    const text = await readTextFile(path.join(folder, entry.name), file, problems, 'an article');
    if (text === null) continue;
    const result = parseArticle({ file, id, locale, text });
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
  }
  problems.push(...findSectionMismatches(articles));
  return { articles, problems, files };
}

/** One story, one section: each translation is compared with the version in the first locale. */
function findSectionMismatches(versions: Article[]): ContentProblem[] {
  const [reference, ...others] = [...versions].sort(
    (a, b) => routing.locales.indexOf(a.locale) - routing.locales.indexOf(b.locale),
  );
  if (!reference) return [];
  return others
    .filter((version) => version.section !== reference.section)
    .map((version) => ({
      file: version.file,
      field: 'section',
      message: `is "${version.section}", but ${reference.file} files the story under "${reference.section}"`,
      hint: 'file every language version of a story under the same section',
    }));
}

/** `article` takes a slug that `ownerFile` already has in its locale. */
export function duplicateSlug(article: Article, ownerFile: string): ContentProblem {
  return {
    file: article.file,
    field: 'slug',
    message: `repeats "${article.slug}", already used by ${ownerFile}`,
    hint: 'give each article in a locale its own slug',
  };
}

function findDuplicateSlugs(articles: Article[]): ContentProblem[] {
  const seen = new Map<string, Article>();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const key = `${article.locale}/${article.slug}`;
    const first = seen.get(key);
    if (first) problems.push(duplicateSlug(article, first.file));
    else seen.set(key, article);
  }
  return problems;
}

export function unreadableFolder(location: ContentLocation): ContentProblem {
  const file = path.relative(location.rootDir, location.contentDir);
  return { file, message: 'cannot be read', hint: 'create the content folder or fix CONTENT_DIR' };
}

/** Files beside the article folders, which hold nothing a reader could get. */
export function strayEntries(location: ContentLocation, entries: Dirent[]): ContentProblem[] {
  return entries
    .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory())
    .map((entry) => ({
      file: path.relative(location.rootDir, path.join(location.contentDir, entry.name)),
      message: 'is not an article folder',
      hint: 'put each article in its own folder as ar.md / en.md',
    }));
}

/** The order every list starts from: newest first, then by folder name so ties never shuffle. */
function newestFirst(articles: Article[]): Article[] {
  return articles.sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id),
  );
}

/** Reads and checks every article. The only code in the project that reads content files. */
export async function loadContent(location = defaultContentLocation()): Promise<LoadedContent> {
  let entries;
  try {
    entries = await readdir(location.contentDir, { withFileTypes: true });
  } catch {
    return { articles: [], problems: [unreadableFolder(location)] };
  }
  const loaded = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => loadArticleFolder(location, entry.name)),
  );
  const articles = newestFirst(loaded.flatMap((part) => part.articles));
  const problems = [
    ...strayEntries(location, entries),
    ...loaded.flatMap((part) => part.problems),
    ...findDuplicateSlugs(articles),
    ...(await findImageProblems(location, articles)),
  ];
  return { articles, problems };
}
