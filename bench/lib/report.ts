/** The benchmark's Markdown report: figures, ratios and the targets. */
import type { BenchResults } from './bench-results';
import { buildsSection } from './report-builds';
import { bytesSection } from './report-bytes';
import { failoverSection } from './report-failover';
import { lighthouseSection } from './report-lighthouse';
import { loadSection } from './report-load';
import { publishingSection } from './report-publishing';
import { ratiosSection } from './report-ratios';
import { targetsSection } from './report-targets';

// bench/lib/archive-report.ts renders the same build rows and takes their type from here.
export type { BuildRow } from './bench-results';

const sections = [
  bytesSection,
  lighthouseSection,
  loadSection,
  ratiosSection,
  buildsSection,
  publishingSection,
  failoverSection,
  targetsSection,
];

export function renderMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: ${r.date}${r.quick ? ' (BENCH_QUICK: indicative only)' : ''}`, '');
  lines.push(
    `Next.js ${r.versions.next}, Lighthouse ${r.versions.lighthouse}, ${r.versions.chromium}, Node ${r.machine.node}, ` +
      `${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB. Lighthouse: median of ${r.settings.lhRuns} run(s); ` +
      `load: ${r.settings.connections} connections for ${r.settings.loadSeconds} s. Run took ${r.durationSeconds} s.`,
    '',
  );
  for (const section of sections) lines.push(...section(r));
  return lines.join('\n');
}
