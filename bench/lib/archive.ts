/**
 * Issue 12's server figures on a generated archive: how long `next start` takes to answer on an
 * unchanged archive, its memory after start and after thousands of distinct story pages, and what
 * the first request of a listing or a story costs when nothing of it was rendered before.
 */
import type { ChildProcess } from 'node:child_process';
import { generatedSlug } from '../generate-articles';
import { defaultIndexFile } from '../../lib/content/content-store';
import { sections } from '../../lib/content/sections';
import { StoryIndex } from '../../lib/content/story-index';
import { pageCount } from '../../lib/pagination';
import { get } from './failover';
import { treeRssKiB } from './proc';
import { summarize, type LatencySummary } from './publishing';

export interface ListingFirst {
  /** What the page is: home, section page 1, its deepest page, the largest tag's pages. */
  name: string;
  path: string;
  status: number;
  ms: number;
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
 * home page, the largest Arabic section's first and deepest page, the largest tag's first and
 * last page.
 */
function listingsOf(indexFile: string): { name: string; path: string }[] {
  const index = new StoryIndex(indexFile);
  try {
    const now = new Date();
    const [largest] = sections
      .map((section) => ({ section, count: index.sectionCount('ar', section, now) }))
      .sort((a, b) => b.count - a.count);
    const [tag] = index.topTags('ar', now, 1);
    const out = [{ name: 'home (ar)', path: '/ar' }];
    if (largest) {
      const deepest = pageCount(largest.count);
      out.push(
        { name: `section ${largest.section}, page 1`, path: `/ar/section/${largest.section}` },
        {
          name: `section ${largest.section}, page ${deepest} (its last)`,
          path: `/ar/section/${largest.section}/page/${deepest}`,
        },
      );
    }
    if (tag) {
      const last = pageCount(tag.count);
      const tagPath = `/ar/tag/${encodeURIComponent(tag.slug)}`;
      out.push(
        { name: `largest tag (${tag.count} stories), page 1`, path: tagPath },
        { name: `largest tag, page ${last} (its last)`, path: `${tagPath}/page/${last}` },
      );
    }
    return out;
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
  for (const listing of listingsOf(indexFile)) {
    const { status, ms } = await timedGet(`${options.origin}${listing.path}`);
    listings.push({ ...listing, status, ms: Math.round(ms) });
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
