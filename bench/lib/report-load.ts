/** Throughput and latency under autocannon, and the same-size baseline beside ours. */
import { header, kb, ratio, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function loadSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Load (autocannon, next start; no Accept-Encoding)', '');
  lines.push(
    ...header([
      'target',
      'req/s',
      'p50 ms',
      'p99 ms',
      'MB/s',
      'requests',
      'errors',
      'timeouts',
      'non-2xx',
    ]),
  );
  for (const [name, l] of Object.entries(r.load)) {
    lines.push(
      row([
        name,
        Math.round(l.requestsPerSec),
        l.latencyP50Ms,
        l.latencyP99Ms,
        l.throughputMBps.toFixed(1),
        l.requests,
        l.errors,
        l.timeouts,
        l.non2xx,
      ]),
    );
  }
  lines.push('');
  const sized = r.sizedBaseline;
  const sizedLoad = r.load['baseline-our-size'];
  if (sized && sizedLoad && r.load.article) {
    lines.push(
      `baseline-our-size is the bare page with its body repeated ${sized.repeat}×: ` +
        `${kb(sized.htmlRaw)} KB of HTML against our article's ${kb(sized.oursHtmlRaw)} KB. ` +
        `Ours / same-size baseline: ${ratio(r.load.article.requestsPerSec, sizedLoad.requestsPerSec)}× ` +
        `(ours / baseline: ${ratio(r.load.article.requestsPerSec, r.load.baseline?.requestsPerSec ?? 0)}×).`,
      '',
    );
  }
  return lines;
}
