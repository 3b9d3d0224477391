import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import type { ContentProblem } from '@/lib/content/article';
import { folderNameProblem, pageFileLocale, readTextFile } from '@/lib/content/folder-files';
import type { LiveLocation } from './live-location';
import type { LivePageMeta, LivePost } from './live-page';
import { parseLivePage, parseLivePost } from './parse-live';

const POST_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;

/** One file of a live folder, read and checked on its own. */
export type LiveFile =
  | { kind: 'page'; file: string; page: LivePageMeta | null }
  | { kind: 'post'; file: string; post: LivePost | null };

export interface LoadedLiveFolder {
  files: LiveFile[];
  problems: ContentProblem[];
}

/** Reads a live folder: `ar.md` / `en.md` for the page, `posts/<id>.<locale>.md` for each post. */
export async function loadLiveFolder(
  location: LiveLocation,
  id: string,
): Promise<LoadedLiveFolder> {
  const folder = path.join(location.liveDir, id);
  const relative = (...names: string[]) =>
    path.relative(location.rootDir, path.join(folder, ...names));
  const files: LiveFile[] = [];
  const problems: ContentProblem[] = [];
  const badName = folderNameProblem(id, relative(), 'live', 'museum-opening-2025');
  if (badName) return { files, problems: [badName] };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (entry.name === 'posts' && entry.isDirectory())) continue;
    const file = relative(entry.name);
    const locale = pageFileLocale(entry);
    if (!locale) {
      problems.push({
        file,
        message: 'is not named after a locale',
        hint: 'a live folder holds ar.md, en.md and a posts/ folder',
      });
      continue;
    }
    const text = await readTextFile(path.join(folder, entry.name), file, problems, 'a post');
    const parsed = text === null ? null : parseLivePage({ file, id, locale, text });
    if (parsed) problems.push(...parsed.problems);
    files.push({ kind: 'page', file, page: parsed?.value ?? null });
  }
  const postEntries = await readdir(path.join(folder, 'posts'), { withFileTypes: true }).catch(
    () => [],
  );
  for (const entry of postEntries) {
    if (entry.name.startsWith('.')) continue;
    const file = relative('posts', entry.name);
    const match = POST_FILE.exec(entry.name);
    const locale = match?.[2];
    if (!entry.isFile() || !match || !locale || !hasLocale(routing.locales, locale)) {
      problems.push({
        file,
        message: 'is not named as a post',
        hint: 'name each post <id>.<locale>.md, e.g. 2025-11-01-1925.ar.md (id: lowercase letters, digits, hyphens)',
      });
      continue;
    }
    const text = await readTextFile(
      path.join(folder, 'posts', entry.name),
      file,
      problems,
      'a post',
    );
    const parsed = text === null ? null : parseLivePost({ file, id: match[1]!, locale, text });
    if (parsed) problems.push(...parsed.problems);
    files.push({ kind: 'post', file, post: parsed?.value ?? null });
  }
  return { files, problems };
}
