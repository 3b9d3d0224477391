/** Build time and peak memory for the work tree, each corpus and the baseline. */
import { header, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function buildsSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Builds (seconds, peak RSS of the process tree in MiB)', '');
  if (r.scalingDate) {
    lines.push(
      `The corpus builds (real content, generated) are carried over from the run of ${r.scalingDate}: this run skipped them (BENCH_SKIP_SCALING=1).`,
      '',
    );
  }
  lines.push(
    ...header([
      'build',
      'articles',
      'pages',
      'prebuild s',
      'next build s',
      'next build MiB',
      'prebuild MiB',
      's / article',
    ]),
  );
  for (const build of [r.builds.ours, ...r.scaling]) {
    const total = build.prebuild.seconds + build.nextBuild.seconds;
    lines.push(
      row([
        build.label,
        build.articles || '',
        build.pages ?? '',
        build.prebuild.seconds,
        build.nextBuild.seconds,
        build.nextBuild.peakRssMiB,
        build.prebuild.peakRssMiB,
        build.articles ? (total / build.articles).toFixed(3) : '',
      ]),
    );
  }
  lines.push(
    row(['baseline', '', '', '', r.builds.baseline.seconds, r.builds.baseline.peakRssMiB, '', '']),
  );
  lines.push(
    '',
    "No build renders image renditions or OG cards: each is made on its first request (feeds ask for their items' 1200-px JPEGs, so a build renders those).",
    '',
  );
  return lines;
}
