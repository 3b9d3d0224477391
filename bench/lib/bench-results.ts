/** What one bench run measured: written to latest.json, rendered to latest.md. */
import type { PageBytes } from './bytes';
import type { FailoverResult } from './failover';
import type { LighthouseRun } from './lighthouse';
import type { LoadResult } from './load';
import type { FirstRenderResults, PublishingResults } from './publishing';

export interface BenchResults {
  date: string;
  quick: boolean;
  durationSeconds: number;
  machine: { cpus: number; memoryGiB: number; node: string };
  versions: { next: string; lighthouse: string; chromium: string };
  settings: { lhRuns: number; loadSeconds: number; connections: number; articleCounts: number[] };
  articleText: { raw: number; gzip: number };
  builds: { ours: BuildRow; baseline: { seconds: number; peakRssMiB: number } };
  bytes: Record<string, PageBytes>;
  lighthouse: Record<string, { runs: number; median: LighthouseRun; all: LighthouseRun[] }>;
  load: Record<string, LoadResult>;
  /** The baseline rebuilt with its body repeated `repeat` times, to match our article's HTML. */
  sizedBaseline?: { repeat: number; htmlRaw: number; oursHtmlRaw: number };
  scaling: BuildRow[];
  /** Publishing on the largest generated corpus (measured with the scaling builds). */
  publishing?: {
    corpus: number;
    firstRender: FirstRenderResults;
    publish: PublishingResults;
    /** Load on a story prerendered at build and on one rendered on its first request. */
    served: { prerendered: LoadResult; onDemand: LoadResult };
  };
  /** Two servers behind nginx, one killed and restarted under load (BENCH_FAILOVER=1). */
  failover?: FailoverResult & { corpus: number };
  /** When the scaling rows were measured, if not in this run (BENCH_SKIP_SCALING=1 keeps them). */
  scalingDate?: string;
}

export interface BuildRow {
  label: string;
  articles: number;
  pages: number | null;
  /** The content check; rows measured before cards and renditions were made on request count
   * the image and card rendering here too. */
  prebuild: { seconds: number; peakRssMiB: number };
  nextBuild: { seconds: number; peakRssMiB: number };
}
