/** Ours against the baseline and the static ceiling, measure by measure. */
import { header, kb, ratio, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function ratiosSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Ratios', '');
  lines.push(
    ...header(['measure', 'ours', 'baseline', 'ours / baseline', 'ceiling', 'ours / ceiling']),
  );
  const ours = r.bytes['article-mobile'];
  const base = r.bytes['baseline-mobile'];
  if (ours && base) {
    for (const kind of ['html', 'js', 'css', 'font', 'image', 'total'] as const) {
      lines.push(
        row([
          `${kind} gzip KB`,
          kb(ours[kind].gzip),
          kb(base[kind].gzip),
          ratio(ours[kind].gzip, base[kind].gzip),
          '',
          '',
        ]),
      );
    }
    lines.push(
      row([
        'requests',
        ours.total.requests,
        base.total.requests,
        ratio(ours.total.requests, base.total.requests),
        '',
        '',
      ]),
    );
  }
  const lh = r.lighthouse['article-mobile']?.median;
  const lhBase = r.lighthouse['baseline-mobile']?.median;
  if (lh && lhBase) {
    for (const [label, key] of [
      ['LCP ms', 'lcpMs'],
      ['FCP ms', 'fcpMs'],
      ['TBT ms', 'tbtMs'],
      ['LH bytes', 'totalByteWeight'],
    ] as const) {
      lines.push(
        row([
          label,
          Math.round(lh[key]),
          Math.round(lhBase[key]),
          ratio(lh[key], lhBase[key]),
          '',
          '',
        ]),
      );
    }
  }
  const a = r.load.article;
  const b = r.load.baseline;
  const c = r.load.ceiling;
  if (a && b && c) {
    lines.push(
      row([
        'req/s',
        Math.round(a.requestsPerSec),
        Math.round(b.requestsPerSec),
        ratio(a.requestsPerSec, b.requestsPerSec),
        Math.round(c.requestsPerSec),
        ratio(a.requestsPerSec, c.requestsPerSec),
      ]),
    );
    lines.push(
      row([
        'p50 latency ms',
        a.latencyP50Ms,
        b.latencyP50Ms,
        ratio(a.latencyP50Ms, b.latencyP50Ms),
        c.latencyP50Ms,
        ratio(a.latencyP50Ms, c.latencyP50Ms),
      ]),
    );
  }
  lines.push('');
  return lines;
}
