/**
 * BENCH_ONLY=search: Arabic search on a generated archive. The index is filled as
 * `npm run content:check` fills it (a thread per core); then, in this process, 1,000 queries made
 * of headline words and the 50 relevance queries, through the code the search page runs
 * (lib/search/search-stories.ts); then `next start` on a copy of the test build over the same
 * index: queries over HTTP, the server's memory, and how soon a saved story is found.
 */
import path from 'node:path';
import { statSync } from 'node:fs';
import { seeded } from '../corpus/random';
import { latency, round, type Latency } from './search-latency';
import { fill, sampleStories, searchArabic } from './search-index-stories';
import { overHttp } from './search-over-http';
import { headlineQuery } from './search-queries';
import { measureRelevance, type RelevanceResults } from './search-relevance';

export interface SearchBenchResults {
  stories: number;
  files: number;
  fill: { seconds: number; msPerFile: number; indexFileMiB: number };
  /** In this process, through searchIndex: count, page of ten, snippets. */
  queries: Latency & { withoutResults: number };
  /** This process: before the index is filled, once filled, after the 1,050 queries. */
  rssMiB: { beforeOpen: number; beforeQueries: number; afterQueries: number };
  relevance: RelevanceResults;
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

const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);

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
    const outcome = searchArabic(store, query);
    samples.push(performance.now() - started);
    if (outcome.results.length === 0) withoutResults += 1;
  }

  const relevance = measureRelevance(store, next);
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
    relevance,
  };
  console.log(JSON.stringify(results, null, 2));
  const queries = sampleStories(store, 200, 3).map((article) => headlineQuery(article, next));
  store.index.close();
  if (options.build)
    results.http = await overHttp({ ...options, build: options.build, distDir, queries });
  return results;
}
