/** The search index under test: filled as the content check fills it, and stories drawn from it. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../i18n/routing';
import { ContentStore, defaultIndexFile } from '../../lib/content/content-store';
import type { ContentLocation } from '../../lib/content/content-location';
import { sections } from '../../lib/content/sections';
import { readSearchParams } from '../../lib/search/search-params';
import { searchIndex } from '../../lib/search/search-stories';
import { folderCheckPool } from '../../scripts/lib/folder-check-pool';
import { seeded } from '../corpus/random';
import { wordsOf } from './search-queries';

const TZ = 'Asia/Baghdad';

/** An Arabic query through the code the search page runs. */
export const searchArabic = (store: ContentStore, query: string) =>
  searchIndex(store.index, 'ar', readSearchParams({ q: query }), TZ);

export async function fill(location: ContentLocation, distDir: string) {
  const indexFile = defaultIndexFile(location, distDir);
  rmSync(path.dirname(indexFile), { recursive: true, force: true });
  const started = performance.now();
  const pool = folderCheckPool(location);
  const store = new ContentStore(location, { indexFile, checkFolders: pool.checkFolders });
  await store.refresh('all', { announce: false });
  await pool.close();
  const seconds = (performance.now() - started) / 1000;
  return { store, indexFile, seconds };
}

const publicCount = (store: ContentStore, locale: Locale, now: Date) =>
  sections.reduce((sum, section) => sum + store.index.sectionCount(locale, section, now), 0);

export function sampleStories(
  store: ContentStore,
  count: number,
  seed: number,
  locale: Locale = 'ar',
) {
  const next = seeded(seed);
  const now = new Date();
  const total = publicCount(store, locale, now);
  return Array.from({ length: count }, () => {
    const [article] = store.index.latest(locale, now, 1, Math.floor(next() * total));
    return article!;
  });
}

/**
 * The generated corpus repeats headlines (10,000 stories have about 2,750 distinct ones, one of
 * them 116 times): no search can tell such stories apart by their headline. "The story first"
 * is asked of stories whose headline is their own, with a word left out that leaves it so (the
 * number in "… يبلغ 3.9 في المئة", left out, leaves a dozen headlines alike); "its headline
 * first" of any story and any word.
 */
export function headlineCounts(store: ContentStore, locale: Locale = 'ar') {
  const counts = new Map<string, number>();
  const without = new Map<string, number>();
  const now = new Date();
  const total = publicCount(store, locale, now);
  for (let offset = 0; offset < total; offset += 500) {
    for (const { title } of store.index.latest(locale, now, 500, offset)) {
      counts.set(title, (counts.get(title) ?? 0) + 1);
    }
  }
  for (const title of counts.keys()) {
    const words = wordsOf(title);
    for (const i of words.keys()) {
      const key = words.filter((_, j) => j !== i).join(' ');
      without.set(key, (without.get(key) ?? 0) + 1);
    }
  }
  return { counts, without };
}
