/**
 * BENCH_ONLY=search (issue 14): Arabic search on a generated archive. The index is filled as
 * `npm run content:check` fills it (a thread per core); then, in this process, 1,000 queries made
 * of headline words and the 50 relevance queries, through the code the search page runs
 * (lib/search/search-stories.ts); then `next start` on a copy of the test build over the same
 * index: queries over HTTP, the server's memory, and how soon a saved story is found.
 */
import { cpSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../i18n/routing';
import { ContentStore, defaultIndexFile } from '../../lib/content/content-store';
import type { ContentLocation } from '../../lib/content/load-content';
import { sections } from '../../lib/content/sections';
import { readSearchParams } from '../../lib/search/search-params';
import { searchIndex } from '../../lib/search/search-stories';
import { articlePath } from '../../lib/urls';
import { folderCheckPool } from '../../scripts/lib/folder-check-pool';
import { saveArabicStory } from '../generate-articles';
import { get, startNext, stopGroup } from './failover';
import { treeRssKiB } from './proc';
import { seeded } from '../corpus/random';
import { headlineQuery, relevanceQuery, wordsOf } from './search-queries';

export interface Latency {
  samples: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
}

export interface SearchBenchResults {
  stories: number;
  files: number;
  fill: { seconds: number; msPerFile: number; indexFileMiB: number };
  /** In this process, through searchIndex: count, page of ten, snippets. */
  queries: Latency & { withoutResults: number };
  /** This process: before the index is filled, once filled, after the 1,050 queries. */
  rssMiB: { beforeOpen: number; beforeQueries: number; afterQueries: number };
  relevance: {
    /** Stories whose headline no other story has: the story itself first, or in the top 3. */
    queries: number;
    first: number;
    inTopThree: number;
    /** 50 stories of any kind: a story with their headline first. */
    headlineFirst: number;
    distinctHeadlines: number;
    misses: string[];
  };
  http?: {
    queries: Latency;
    /** The server's process tree once healthy, and after the 200 searches. */
    serverRssBeforeMiB: number;
    serverRssMiB: number;
    /** File saved → found by a search for its new headline word, over HTTP. */
    publishMs: Latency;
    missed: number;
  };
}

const TZ = 'Asia/Baghdad';
const round = (ms: number) => Math.round(ms * 100) / 100;

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    samples: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    worstMs: round(sorted.at(-1)!),
  };
}

const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const params = (q: string) => readSearchParams({ q });

/** Letters from a number, so each published headline has a word of its own to search for. */
const marker = (n: number) =>
  [...n.toString(7)].map((digit) => 'سبكلمنع'[Number(digit)]).join('') + 'طاووق';

async function fill(location: ContentLocation, distDir: string) {
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

function sampleStories(store: ContentStore, count: number, seed: number, locale: Locale = 'ar') {
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
function headlineCounts(store: ContentStore, locale: Locale = 'ar') {
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

export async function measureSearch(options: {
  root: string;
  contentDir: string;
  stories: number;
  files: number;
  /** A build to copy for the HTTP part (the test build), or null to leave it out. */
  build: string | null;
  port: number;
}): Promise<SearchBenchResults> {
  const { root, contentDir } = options;
  const distDir = '.next-bench-search';
  const location = { rootDir: root, contentDir, publicDir: path.join(root, 'public') };
  const beforeOpen = rss();
  const { store, indexFile, seconds } = await fill(location, distDir);
  const indexFileMiB = Math.round(statSync(indexFile).size / 2 ** 20);

  const next = seeded(14);
  const beforeQueries = rss();
  const samples: number[] = [];
  let withoutResults = 0;
  for (const article of sampleStories(store, 1_000, 1)) {
    const query = headlineQuery(article, next);
    const started = performance.now();
    const outcome = searchIndex(store.index, 'ar', params(query), TZ);
    samples.push(performance.now() - started);
    if (outcome.results.length === 0) withoutResults += 1;
  }

  const { counts, without } = headlineCounts(store);
  const unique = sampleStories(store, 2_000, 2)
    .filter((article, i, all) => counts.get(article.title) === 1 && all.indexOf(article) === i)
    .flatMap((article) => {
      const words = wordsOf(article.title);
      const dropped = Math.floor(next() * words.length);
      const key = words.filter((_, j) => j !== dropped).join(' ');
      return without.get(key) === 1 ? [{ article, dropped }] : [];
    })
    .slice(0, 50);
  let first = 0;
  let inTopThree = 0;
  const misses: string[] = [];
  for (const { article, dropped } of unique) {
    const query = relevanceQuery(article, next, dropped);
    const hrefs = searchIndex(store.index, 'ar', params(query), TZ).results.map((r) => r.href);
    const href = articlePath('ar', article.slug);
    if (hrefs[0] === href) first += 1;
    if (hrefs.slice(0, 3).includes(href)) inTopThree += 1;
    else misses.push(`${query} → ${article.title}`);
  }
  let headlineFirst = 0;
  for (const article of sampleStories(store, 50, 4)) {
    const query = relevanceQuery(article, next);
    const [top] = searchIndex(store.index, 'ar', params(query), TZ).results;
    if (top?.title.map((part) => part.text).join('') === article.title) headlineFirst += 1;
  }
  const results: SearchBenchResults = {
    stories: options.stories,
    files: options.files,
    fill: {
      seconds: round(seconds),
      msPerFile: round((seconds * 1000) / options.files),
      indexFileMiB,
    },
    queries: { ...latency(samples), withoutResults },
    rssMiB: { beforeOpen, beforeQueries, afterQueries: rss() },
    relevance: {
      queries: unique.length,
      first,
      inTopThree,
      headlineFirst,
      distinctHeadlines: counts.size,
      misses: misses.slice(0, 10),
    },
  };
  console.log(JSON.stringify(results, null, 2));
  const queries = sampleStories(store, 200, 3).map((article) => headlineQuery(article, next));
  store.index.close();
  if (options.build)
    results.http = await overHttp({ ...options, build: options.build, distDir, queries });
  return results;
}

async function overHttp(options: {
  root: string;
  contentDir: string;
  stories: number;
  build: string;
  distDir: string;
  port: number;
  queries: string[];
}) {
  const { root, distDir, port } = options;
  // The index is already in the copy's cache folder (filled above): the server parses nothing.
  const indexCache = path.join(root, distDir, 'cache', 'content-index');
  const kept = path.join(root, `${distDir}-index`);
  cpSync(indexCache, kept, { recursive: true });
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  cpSync(path.join(root, options.build), path.join(root, distDir), { recursive: true });
  rmSync(indexCache, { recursive: true, force: true });
  cpSync(kept, indexCache, { recursive: true });
  rmSync(kept, { recursive: true, force: true });
  const origin = `http://127.0.0.1:${port}`;
  const server = startNext(
    root,
    { port, distDir },
    { SITE_URL: origin, CONTENT_DIR: options.contentDir, PREVIEW_SECRET: '' },
  );
  try {
    await until(async () => (await get(`${origin}/healthz`)).status === 200, 300_000);
    const serverRssBeforeMiB = Math.round(treeRssKiB(server.pid!) / 1024);
    const url = (q: string) => `${origin}/ar/search?q=${encodeURIComponent(q)}`;
    const samples: number[] = [];
    for (const query of options.queries) {
      const started = performance.now();
      const answer = await get(url(query));
      if (answer.status !== 200) throw new Error(`${url(query)} answered ${answer.status}`);
      samples.push(performance.now() - started);
    }
    const serverRssMiB = Math.round(treeRssKiB(server.pid!) / 1024);
    const publish: number[] = [];
    let missed = 0;
    for (let n = 0; n < 10; n += 1) {
      // Half new stories, half edits of an existing headline.
      const index = n % 2 === 0 ? options.stories + n : 10 + n;
      const word = marker(Date.now() + n);
      const started = performance.now();
      await saveArabicStory(options.contentDir, index, { title: `خبر ${word} للبحث` });
      const found = await until(
        async () => (await get(url(word))).body.includes(`<mark>${word}</mark>`),
        30_000,
      );
      if (found) publish.push(performance.now() - started);
      else missed += 1;
    }
    return {
      queries: latency(samples),
      serverRssBeforeMiB,
      serverRssMiB,
      publishMs: latency(publish),
      missed,
    };
  } finally {
    await stopGroup(server);
    rmSync(path.join(root, distDir), { recursive: true, force: true });
  }
}

async function until(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
