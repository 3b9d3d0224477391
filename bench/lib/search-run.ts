/**
 * BENCH_ONLY=search: for each size in BENCH_SEARCH_STORIES (default 10,000; 100,000
 * takes long to generate and index), a generated corpus searched as bench/lib/search.ts says.
 * The HTTP part serves a copy of the test build (BENCH_SEARCH_BUILD, default .next-test; build it
 * first with NEXT_DIST_DIR=.next-test npm run build), and is left out when there is none. Writes
 * bench/results/search.json and search.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticles } from '../generate-articles';
import { measureSearch, type SearchBenchResults } from './search';

const TARGETS = { medianMs: 20, p95Ms: 50, memoryMiB: 300, publishMs: 10_000, first: 45 };

function render(runs: SearchBenchResults[], date: string): string {
  const rows = runs.map((run) =>
    [
      run.stories.toLocaleString('en'),
      `${run.fill.seconds} s (${run.fill.msPerFile} ms/file), ${run.fill.indexFileMiB} MiB file`,
      `${run.queries.medianMs} / ${run.queries.p95Ms} / ${run.queries.worstMs} ms`,
      `${run.rssMiB.beforeQueries} → ${run.rssMiB.afterQueries} MiB`,
      `${run.relevance.first} / ${run.relevance.queries} first, ${run.relevance.inTopThree} in top 3; ` +
        `headline first ${run.relevance.headlineFirst} / 50 (${run.relevance.distinctHeadlines} distinct headlines)`,
      run.http
        ? `${run.http.queries.medianMs} / ${run.http.queries.p95Ms} ms, server ${run.http.serverRssBeforeMiB} → ${run.http.serverRssMiB} MiB`
        : '–',
      run.http
        ? `${run.http.publishMs.medianMs} / ${run.http.publishMs.worstMs} ms, ${run.http.missed} missed`
        : '–',
    ].join(' | '),
  );
  return [
    '# Search benchmark',
    '',
    `Run ${date}, \`BENCH_ONLY=search npm run bench\`. Targets: query median ≤ ${TARGETS.medianMs} ms and`,
    `p95 ≤ ${TARGETS.p95Ms} ms over 1,000 headline queries; index memory ≤ ${TARGETS.memoryMiB} MB;`,
    `a publish found within ${TARGETS.publishMs / 1000} s; ≥ ${TARGETS.first} of 50 respelt headlines first.`,
    '',
    '| stories | index fill | query median / p95 / worst | memory | relevance | HTTP median / p95 | publish → found median / worst |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    ...runs.flatMap((run) => [
      `Relevance misses at ${run.stories.toLocaleString('en')} (query → headline):`,
      '',
      ...run.relevance.misses.map((miss) => `- ${miss}`),
      '',
    ]),
  ].join('\n');
}

export async function searchOnly(root: string, basePort: number): Promise<void> {
  const counts = (process.env.BENCH_SEARCH_STORIES ?? '10000').split(',').map(Number);
  const build = process.env.BENCH_SEARCH_BUILD ?? '.next-test';
  const hasBuild = existsSync(path.join(root, build, 'BUILD_ID'));
  if (!hasBuild) console.log(`[bench] no build in ${build}: the HTTP part is left out`);
  const runs: SearchBenchResults[] = [];
  const date = new Date().toISOString();
  for (const count of counts) {
    const contentDir = path.join(os.tmpdir(), `alriwaq-search-${count}-${process.pid}`);
    console.log(`\n[bench] search: generating ${count} stories`);
    await generateArticles(count, contentDir);
    const files = Number(
      execFileSync('bash', ['-c', `find "${contentDir}" -name '*.md' | wc -l`])
        .toString()
        .trim(),
    );
    try {
      console.log(`[bench] search: indexing and querying ${count} stories`);
      runs.push(
        await measureSearch({
          root,
          contentDir,
          stories: count,
          files,
          build: hasBuild ? build : null,
          port: basePort + 9,
        }),
      );
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
    }
    const results = path.join(root, 'bench', 'results');
    writeFileSync(
      path.join(results, 'search.json'),
      `${JSON.stringify({ date, runs }, null, 2)}\n`,
    );
    writeFileSync(path.join(results, 'search.md'), render(runs, date));
    console.log(render(runs, date));
  }
}
