/** The bench's targets: what our article page must reach against the bare baseline. */
import { header, kb, ratio, row } from './markdown-table';
import type { BenchResults, BuildRow } from './bench-results';

interface Target {
  target: string;
  measured: string;
  met: boolean;
}

function targets(r: BenchResults): Target[] {
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
      target: `the ${last.articles}-story build ≤ 1.5 × the ${first.articles}-story build`,
      measured: `${total(last).toFixed(1)} vs ${total(first).toFixed(1)} s (${ratio(total(last), total(first))}×)`,
      met: total(last) <= 1.5 * total(first),
    });
  }
  const publish = r.publishing?.publish.newStory;
  if (publish) {
    out.push({
      target: 'publish latency through nginx, median ≤ 3 s, worst ≤ 10 s',
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

export function targetsSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Targets', '');
  lines.push(...header(['target', 'measured', 'met']));
  for (const t of targets(r)) lines.push(row([t.target, t.measured, t.met ? 'yes' : '**no**']));
  lines.push('');
  return lines;
}
