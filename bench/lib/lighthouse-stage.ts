/** Stage 4: Lighthouse, median of BENCH_LH_RUNS runs, ours and the baseline interleaved. */
import { runLighthouse, medianRun, type LighthouseRun } from './lighthouse';
import type { BenchResults } from './bench-results';
import { ARTICLE_PATH, lhRuns, log, origin, ports } from './bench-setup';

export async function lighthouseStage(): Promise<BenchResults['lighthouse']> {
  const lhTargets = {
    'article-mobile': [`${origin(ports.ours)}${ARTICLE_PATH}`, 'mobile'],
    'baseline-mobile': [`${origin(ports.baseline)}/`, 'mobile'],
    'home-mobile': [`${origin(ports.ours)}/ar`, 'mobile'],
    'article-desktop': [`${origin(ports.ours)}${ARTICLE_PATH}`, 'desktop'],
  } as const;
  const lhRunsByTarget: Record<string, LighthouseRun[]> = {};
  for (let run = 1; run <= lhRuns; run += 1) {
    for (const [name, [url, formFactor]] of Object.entries(lhTargets)) {
      // Home and desktop are context, not targets: one run each is enough.
      if (run > 1 && (name === 'home-mobile' || name === 'article-desktop')) continue;
      log(`lighthouse ${name} run ${run}/${lhRuns}`);
      (lhRunsByTarget[name] ??= []).push(await runLighthouse(url, formFactor));
    }
  }
  return Object.fromEntries(
    Object.entries(lhRunsByTarget).map(([name, runs]) => [
      name,
      { runs: runs.length, median: medianRun(runs), all: runs },
    ]),
  );
}
