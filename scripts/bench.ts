/**
 * `npm run bench`: our site against a bare Next.js page, in one run on this machine.
 *
 * 1. builds the site (NEXT_DIST_DIR=.next-bench) and bench/baseline with the same `next`;
 * 2. bytes by kind, raw and gzip, and request counts for the Arabic seed article (phone and
 *    desktop), the Arabic home page, and the baseline (Playwright + Chromium);
 * 3. Lighthouse (mobile), median of N runs, ours and baseline interleaved;
 * 4. autocannon against `next start` (ours, baseline, and the baseline with its body repeated until
 *    its HTML is as large as ours) and bench/static-server.mjs (the ceiling);
 * 5. build time and peak memory for the real content and for generated corpora, in a throwaway
 *    copy of the project so the work tree's build folders are never touched;
 * 6. prints ratios and writes bench/results/latest.json and latest.md.
 *
 * BENCH_QUICK=1: one Lighthouse run each, 5 s load tests, 100 generated articles only.
 * Other knobs: BENCH_LH_RUNS, BENCH_LOAD_SECONDS, BENCH_CONNECTIONS, BENCH_ARTICLES ("100,1000"),
 * BENCH_SKIP_SCALING=1, BENCH_ONLY=scaling (redo only the build-cost part of latest.json),
 * BENCH_PORT (first of five ports, default 3500), BENCH_PUBLISH_CORPUS (the generated corpus the
 * publishing figures are measured on, default the largest).
 *
 * Publishing, on that corpus's build: 20 new stories and 20 headline edits, each from
 * the file written to its headline served through nginx (deploy/nginx.conf, https, its cache on);
 * and the first request of 100 stories outside the prerendered set, then the same again.
 *
 * BENCH_ONLY=lite: the lite-page figures (bench/lib/lite-run.ts).
 *
 * BENCH_ONLY=archive: the archive figures at 1,000, 10,000 and 100,000 stories (bench/lib/archive-run.ts).
 * BENCH_ONLY=search: the search figures (bench/lib/search-run.ts).
 *
 * BENCH_FAILOVER=1, on the same build: two `next start` processes behind nginx, each on its own
 * copy of the build (decision 0009), 200 connections (BENCH_FAILOVER_CONNECTIONS) for 60 s
 * (BENCH_FAILOVER_SECONDS) through nginx; one is killed (SIGKILL) 20 s in and started again. Reports
 * the failed requests, p99 and how long the restarted one took to say ok on /healthz.
 */
import { searchOnly } from '../bench/lib/search-run';
import { basePort, root } from '../bench/lib/bench-setup';
import { scalingOnly } from '../bench/lib/scaling-run';
import { fullRun } from '../bench/lib/full-run';
import { archiveOnly } from '../bench/lib/archive-run';
import { liteOnly } from '../bench/lib/lite-run';

const only = process.env.BENCH_ONLY;
await (only === 'scaling'
  ? scalingOnly()
  : only === 'archive'
    ? archiveOnly()
    : only === 'lite'
      ? liteOnly()
      : only === 'search'
        ? searchOnly(root, basePort)
        : fullRun());
