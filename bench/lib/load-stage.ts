/** Stage 5: autocannon on ours, the baseline, the same-size baseline and the static ceiling. */
import { load, type LoadResult } from './load';
import { ARTICLE_PATH, connections, loadSeconds, log, origin, ports } from './bench-setup';

export async function loadStage(): Promise<Record<string, LoadResult>> {
  const loadResults: Record<string, LoadResult> = {};
  for (const [name, url] of [
    ['article', `${origin(ports.ours)}${ARTICLE_PATH}`],
    ['baseline', `${origin(ports.baseline)}/`],
    ['ceiling', `${origin(ports.ceiling)}/`],
    ['baseline-our-size', `${origin(ports.sizedBaseline)}/`],
  ] as const) {
    log(`autocannon ${name}: ${connections} connections, ${loadSeconds} s (after a 2 s warm-up)`);
    await load(url, 10, 2);
    loadResults[name] = await load(url, connections, loadSeconds);
  }
  return loadResults;
}
