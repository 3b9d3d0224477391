/** Lighthouse medians for each page. */
import { header, kb, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function lighthouseSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Lighthouse (median)', '');
  lines.push(
    ...header([
      'page',
      'runs',
      'perf',
      'a11y',
      'best pr.',
      'SEO',
      'LCP ms',
      'FCP ms',
      'TBT ms',
      'CLS',
      'bytes KB',
      'errored audits',
    ]),
  );
  for (const [name, { runs, median: m }] of Object.entries(r.lighthouse)) {
    lines.push(
      row([
        name,
        runs,
        m.performance,
        m.accessibility,
        m.bestPractices,
        m.seo,
        Math.round(m.lcpMs),
        Math.round(m.fcpMs),
        Math.round(m.tbtMs),
        m.cls.toFixed(3),
        kb(m.totalByteWeight),
        m.erroredAudits.length
          ? m.erroredAudits.map((audit) => audit.split(':')[0]).join(', ')
          : 'none',
      ]),
    );
  }
  lines.push('');
  return lines;
}
