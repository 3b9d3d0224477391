/**
 * The archive's server figures on a generated archive: how long `next start` takes to answer on an
 * unchanged archive, its memory after start and after thousands of distinct story pages, and what
 * the first request of a listing or a story costs when nothing of it was rendered before.
 */
import type { ChildProcess } from 'node:child_process';
import { generatedSlug } from '../generate-articles';
import { defaultIndexFile } from '../../lib/content/content-store';
import { routing } from '../../i18n/routing';
import { sections } from '../../lib/content/sections';
import { StoryIndex } from '../../lib/content/story-index';
import { pageCount } from '../../lib/util/pagination';
import { get } from './http-get';
import { treeRssKiB } from './proc';
import { summarize, type LatencySummary } from './publishing';

/** First requests of one kind of listing page, each address asked once. */
interface ListingFirst {
  /** What the pages are: home, sections' first or last pages, the largest tags' last pages. */
  name: string;
  /** The addresses asked, in order. */
  paths: string[];
  /** Answers other than 200. */
  failed: number;
  first: LatencySummary;
}

export interface ArchiveServerResults {
  /** `next start` spawned → the first 200 from /ar. */
  startToFirstAnswerMs: number;
  /** `next start` spawned → /healthz says ok (the content index compared with the folders). */
  startToHealthyMs: number;
  rssAfterStartMiB: number;
  listings: ListingFirst[];
  stories: {
    /** Distinct story pages asked for, none of them prerendered or asked before. */
    requested: number;
    /** The first `sequential` of them, one at a time: what a first reader waits. */
    sequential: LatencySummary;
    /** All of them, `concurrency` at a time. */
    all: LatencySummary;
    concurrency: number;
    failed: number;
    /** Resident memory of the server's process tree after start, then every `every` stories. */
    rssMiB: number[];
    every: number;
  };
}

const mib = (pid: number) => Math.round(treeRssKiB(pid) / 1024);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds until `url` answers `status`, asking every 50 ms. */
async function timeUntil(url: string, started: number, status: number, limitMs: number) {
  while (performance.now() - started < limitMs) {
    const answer = await get(url, limitMs).catch(() => null);
    if (answer?.status === status) return Math.round(performance.now() - started);
    await sleep(50);
  }
  throw new Error(`${url} did not answer ${status} within ${limitMs / 1000} s`);
}

async function timedGet(url: string) {
  const started = performance.now();
  const { status } = await get(url, 60_000).catch(() => ({ status: 0 }));
  return { status, ms: performance.now() - started };
}

/**
 * The listings a reader of a large archive reaches, worked out from the server's own index: the
 * home pages, every section's first and last page in each locale, the ten largest tags' last
 * pages (their first pages are rendered at build). Several of each, so that one slow answer on a
 * busy machine is not the figure.
 */
function listingsOf(indexFile: string): { name: string; paths: string[] }[] {
  const index = new StoryIndex(indexFile);
  try {
    const now = new Date();
    const counts = routing.locales.flatMap((locale) =>
      sections
        .map((section) => ({ locale, section, count: index.sectionCount(locale, section, now) }))
        .filter(({ count }) => count > 0),
    );
    const tags = routing.locales.flatMap((locale) =>
      index.topTags(locale, now, 5).map((tag) => ({ locale, tag })),
    );
    const deepest = Math.max(...counts.map(({ count }) => pageCount(count)));
    return [
      { name: 'home pages', paths: routing.locales.map((locale) => `/${locale}`) },
      {
        name: 'section first pages',
        paths: counts.map(({ locale, section }) => `/${locale}/section/${section}`),
      },
      {
        name: `section last pages (up to page ${deepest})`,
        paths: counts.map(
          ({ locale, section, count }) => `/${locale}/section/${section}/page/${pageCount(count)}`,
        ),
      },
      {
        name: `largest tags' last pages (${tags[0]?.tag.count ?? 0} stories at most)`,
        paths: tags.map(
          ({ locale, tag }) =>
            `/${locale}/tag/${encodeURIComponent(tag.slug)}` +
            (pageCount(tag.count) > 1 ? `/page/${pageCount(tag.count)}` : ''),
        ),
      },
    ];
  } finally {
    index.close();
  }
}

/**
 * Measures a server that `start()` spawns on `origin`, on a build in `dir` whose corpus has
 * `count` Arabic stories (0 … count-1, the newest `prerendered` rendered at build).
 */
export async function measureArchiveServer(options: {
  dir: string;
  distDir: string;
  contentDir: string;
  origin: string;
  count: number;
  start: () => ChildProcess;
  prerendered: number;
  stories: number;
}): Promise<ArchiveServerResults> {
  const started = performance.now();
  const child = options.start();
  const limitMs = 10 * 60_000;
  const startToFirstAnswerMs = await timeUntil(`${options.origin}/ar`, started, 200, limitMs);
  const startToHealthyMs = await timeUntil(`${options.origin}/healthz`, started, 200, limitMs);
  await sleep(2000);
  const rssAfterStartMiB = mib(child.pid!);
  const indexFile = defaultIndexFile(
    { rootDir: options.dir, contentDir: options.contentDir, publicDir: `${options.dir}/public` },
    options.distDir,
  );

  // Stories past the prerendered ones, spread over the whole archive, each asked once.
  const first = Math.min(options.count, options.prerendered * 2);
  const span = options.count - first;
  const wanted = Math.min(options.stories, span);
  const indexes = Array.from({ length: wanted }, (_, n) => first + Math.floor((n * span) / wanted));
  const sequentialCount = Math.min(500, indexes.length);
  const concurrency = 4;
  const every = 1000;
  const samples: number[] = [];
  const sequential: number[] = [];
  const rssMiB = [rssAfterStartMiB];
  let failed = 0;
  let next = 0;
  const ask = async (index: number, into: number[][]) => {
    const url = `${options.origin}/ar/news/${encodeURIComponent(generatedSlug(index))}`;
    const { status, ms } = await timedGet(url);
    if (status !== 200) failed += 1;
    else for (const list of into) list.push(ms);
  };
  for (; next < sequentialCount; next += 1) await ask(indexes[next]!, [samples, sequential]);
  let done = next;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++]!;
      await ask(index, [samples]);
      done += 1;
      if (done % every === 0) rssMiB.push(mib(child.pid!));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  rssMiB.push(mib(child.pid!));

  // Asked once the process has served pages (its route code loaded), as on a server that has
  // been up a while; none of these addresses was asked before.
  const listings: ListingFirst[] = [];
  for (const { name, paths } of listingsOf(indexFile)) {
    const times: number[] = [];
    let listingFailed = 0;
    for (const listingPath of paths) {
      const { status, ms } = await timedGet(`${options.origin}${listingPath}`);
      if (status === 200) times.push(ms);
      else listingFailed += 1;
    }
    listings.push({ name, paths, failed: listingFailed, first: summarize(times) });
  }

  return {
    startToFirstAnswerMs,
    startToHealthyMs,
    rssAfterStartMiB,
    listings,
    stories: {
      requested: indexes.length,
      sequential: summarize(sequential),
      all: summarize(samples),
      concurrency,
      failed,
      rssMiB,
      every,
    },
  };
}
