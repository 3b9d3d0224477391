import type { Dirent } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import type { ContentProblem } from './article';

// Folder names become ids and parts of addresses: lowercase Latin words joined by hyphens.
const FOLDER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_FILE_BYTES = 1024 * 1024;

/** Why a story's or a live page's folder name is refused, or null when it is a good id. */
export function folderNameProblem(
  id: string,
  file: string,
  kind: 'article' | 'live',
  example: string,
): ContentProblem | null {
  if (FOLDER_ID.test(id)) return null;
  return {
    file,
    message: `is not a valid ${kind} folder name`,
    hint: `name it with lowercase Latin letters, digits and hyphens, e.g. ${example}`,
  };
}

/** The locale a folder's page file is written in (`ar.md`, `en.md`); null for any other entry. */
export function pageFileLocale(entry: Dirent): Locale | null {
  const locale = entry.name.replace(/\.md$/, '');
  const isPage = entry.isFile() && entry.name.endsWith('.md') && hasLocale(routing.locales, locale);
  return isPage ? locale : null;
}

/** A content file's text; null, with the problem noted, when it is too big to be only text. */
export async function readTextFile(
  fullPath: string,
  file: string,
  problems: ContentProblem[],
  what: 'an article' | 'a post',
): Promise<string | null> {
  const { size } = await stat(fullPath);
  if (size <= MAX_FILE_BYTES) return readFile(fullPath, 'utf8');
  problems.push({
    file,
    message: `is ${size} bytes, over the 1 MiB limit`,
    hint: `${what} is text: move media to public/images`,
  });
  return null;
}
