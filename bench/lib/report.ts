/** The benchmark's Markdown report: figures, ratios and issue 5's targets. */
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

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A table's header row and the separator under it. */
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];

export interface Target {
  target: string;
  measured: string;
  met: boolean;
}

export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const ours = r.bytes['article-mobile'];
  const base = r.bytes['baseline-mobile'];
  if (ours && base) {
    out.push({
      target: 'article JS ≤ baseline + 5 KB gzip',
      measured: `${kb(ours.js.gzip)} KB vs ${kb(base.js.gzip + 5120)} KB allowed`,
      met: ours.js.gzip <= base.js.gzip + 5120,
    });
    out.push({
      target: 'HTML gzip ≤ 2.5 × article text gzip',
      measured: `${kb(ours.html.gzip)} KB vs ${kb(2.5 * r.articleText.gzip)} KB (${ratio(ours.html.gzip, r.articleText.gzip)}×)`,
      met: ours.html.gzip <= 2.5 * r.articleText.gzip,
    });
  }
  const lh = r.lighthouse['article-mobile']?.median;
  const lhBase = r.lighthouse['baseline-mobile']?.median;
  if (lh && lhBase) {
    out.push({
      target: 'mobile performance 100 (median)',
      measured: String(lh.performance),
      met: lh.performance === 100,
    });
    out.push({
      target: 'accessibility, best practices, SEO 100',
      measured: `${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`,
      met: lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100,
    });
    out.push({
      target: 'LCP ≤ 0.75 × baseline and < 2.0 s',
      measured: `${Math.round(lh.lcpMs)} ms vs baseline ${Math.round(lhBase.lcpMs)} ms (${ratio(lh.lcpMs, lhBase.lcpMs)}×)`,
      met: lh.lcpMs <= 0.75 * lhBase.lcpMs && lh.lcpMs < 2000,
    });
    out.push({ target: 'CLS 0', measured: lh.cls.toFixed(3), met: lh.cls === 0 });
    out.push({
      target: 'TBT ≤ baseline',
      measured: `${Math.round(lh.tbtMs)} ms vs ${Math.round(lhBase.tbtMs)} ms`,
      met: lh.tbtMs <= lhBase.tbtMs,
    });
  }
  const a = r.load.article;
  const b = r.load.baseline;
  if (a && b) {
    out.push({
      target: 'throughput ≥ 0.9 × baseline',
      measured: `${Math.round(a.requestsPerSec)} vs ${Math.round(b.requestsPerSec)} req/s (${ratio(a.requestsPerSec, b.requestsPerSec)}×)`,
      met: a.requestsPerSec >= 0.9 * b.requestsPerSec,
    });
  }
  const generated = r.scaling.filter((build) => build.label.endsWith('generated'));
  if (generated.length >= 2) {
    const first = generated[0]!;
    const last = generated[generated.length - 1]!;
    const per = (build: BuildRow) =>
      (build.prebuild.seconds + build.nextBuild.seconds) / build.articles;
    out.push({
      target: `build time per article flat (${first.articles} → ${last.articles}; ≤ 1.25× counted as flat)`,
      measured: `${per(first).toFixed(3)} → ${per(last).toFixed(3)} s/article (${ratio(per(last), per(first))}×)`,
      met: per(last) <= 1.25 * per(first),
    });
  }
  if (generated.length >= 2) {
    const first = generated[0]!;
    const last = generated[generated.length - 1]!;
    const total = (build: BuildRow) => build.prebuild.seconds + build.nextBuild.seconds;
    out.push({
      target: `issue 11: the ${last.articles}-story build ≤ 1.5 × the ${first.articles}-story build`,
      measured: `${total(last).toFixed(1)} vs ${total(first).toFixed(1)} s (${ratio(total(last), total(first))}×)`,
      met: total(last) <= 1.5 * total(first),
    });
  }
  const publish = r.publishing?.publish.newStory;
  if (publish) {
    out.push({
      target: 'issue 11: publish latency through nginx, median ≤ 3 s, worst ≤ 10 s',
      measured: `median ${publish.medianMs} ms, worst ${publish.worstMs} ms, ${publish.missed} missed (${publish.samples} publishes)`,
      met: publish.missed === 0 && publish.medianMs <= 3000 && publish.worstMs <= 10_000,
    });
  }
  const largest = generated[generated.length - 1];
  if (largest) {
    const peak = Math.max(largest.prebuild.peakRssMiB, largest.nextBuild.peakRssMiB);
    out.push({
      target: `peak build memory < 2 GB at ${largest.articles} articles`,
      measured: `${peak} MiB`,
      met: peak < 2048,
    });
  }
  return out;
}

export function renderMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: ${r.date}${r.quick ? ' (BENCH_QUICK: indicative only)' : ''}`, '');
  lines.push(
    `Next.js ${r.versions.next}, Lighthouse ${r.versions.lighthouse}, ${r.versions.chromium}, Node ${r.machine.node}, ` +
      `${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB. Lighthouse: median of ${r.settings.lhRuns} run(s); ` +
      `load: ${r.settings.connections} connections for ${r.settings.loadSeconds} s. Run took ${r.durationSeconds} s.`,
    '',
  );

  lines.push('## Bytes (KB; gzip at level 6 of each decoded body)', '');
  lines.push(
    ...header([
      'page',
      'HTML raw/gz',
      'JS raw/gz',
      'CSS raw/gz',
      'fonts',
      'images',
      'other raw/gz',
      'total gz',
      'requests',
    ]),
  );
  for (const [name, b] of Object.entries(r.bytes)) {
    lines.push(
      row([
        name,
        `${kb(b.html.raw)} / ${kb(b.html.gzip)}`,
        `${kb(b.js.raw)} / ${kb(b.js.gzip)}`,
        `${kb(b.css.raw)} / ${kb(b.css.gzip)}`,
        `${kb(b.font.raw)} (${b.font.requests})`,
        `${kb(b.image.raw)} (${b.image.requests})`,
        `${kb(b.other.raw)} / ${kb(b.other.gzip)}`,
        kb(b.total.gzip),
        b.total.requests,
      ]),
    );
  }
  lines.push(
    '',
    `Article text (headline, standfirst, body): ${kb(r.articleText.raw)} KB raw, ${kb(r.articleText.gzip)} KB gzip.`,
    '',
  );

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

  if (r.failover) {
    const f = r.failover;
    lines.push(
      `## Two servers, one killed under load (the ${f.corpus}-story build, through nginx)`,
      '',
      `${f.connections} connections for ${f.seconds} s, each request a URL of its own (nginx's copy answers none); one server killed (SIGKILL) ${f.killedAtSeconds} s in and started again at once.`,
      '',
      ...header(['requests', 'req/s', 'failed', 'p50 ms', 'p99 ms', 'max ms', 'back after ms']),
      row([
        f.requests,
        f.requestsPerSec,
        f.errors + f.timeouts + f.non2xx,
        f.latencyP50Ms,
        f.latencyP99Ms,
        f.latencyMaxMs,
        f.backAfterMs,
      ]),
      '',
      '"Back after": from the restart until its /healthz answered 200.',
      '',
    );
  }

  lines.push('## Targets', '');
  lines.push(...header(['target', 'measured', 'met']));
  for (const t of targets(r)) lines.push(row([t.target, t.measured, t.met ? 'yes' : '**no**']));
  lines.push('');
  return lines.join('\n');
}
