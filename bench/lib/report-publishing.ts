/** Publish latency and first renders on the largest corpus, and pages served from their files. */
import { header, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function publishingSection(r: BenchResults): string[] {
  const lines: string[] = [];
  if (r.publishing) {
    const { corpus, firstRender, publish, served } = r.publishing;
    lines.push(`## Publishing (on the ${corpus}-story build; milliseconds)`, '');
    lines.push(...header(['what', 'samples', 'median', 'p99', 'worst', 'missed']));
    for (const [what, summary] of [
      ['file written → headline served, new story, through nginx', publish.newStory],
      ['file written → new headline served, edit, through nginx', publish.editedHeadline],
      ['first request of a story not prerendered (next start)', firstRender.first],
      ['the same stories again (from the cache)', firstRender.repeat],
    ] as const) {
      lines.push(
        row([
          what,
          summary.samples,
          summary.medianMs,
          summary.p99Ms,
          summary.worstMs,
          summary.missed,
        ]),
      );
    }
    lines.push('', ...header(['served from its file', 'req/s', 'p50 ms', 'p99 ms', 'errors']));
    for (const [what, result] of [
      ['a story prerendered at build', served.prerendered],
      ['a story rendered on its first request', served.onDemand],
    ] as const) {
      lines.push(
        row([
          what,
          Math.round(result.requestsPerSec),
          result.latencyP50Ms,
          result.latencyP99Ms,
          result.errors + result.timeouts + result.non2xx,
        ]),
      );
    }
    lines.push('');
  }
  return lines;
}
