/**
 * The lite-page figures (BENCH_ONLY=lite): what the seed article's lite page costs a reader
 * (bytes, scripts, Lighthouse mobile) and what it costs nginx to serve through the repo's
 * configuration, against nginx serving the very same HTML as a file from disk, in one server
 * block (scripts/nginx.ts --static). Rounds alternate the two, so a busy moment hits both.
 */
import { launch, measurePage } from './bytes';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { load, type LoadResult } from './load';

interface LiteRound {
  lite: LoadResult;
  staticFile: LoadResult;
  /** lite / static file, requests per second. */
  ratio: number;
}

export interface LiteResults {
  url: string;
  /** HTML and CSS as sent compressed (gzip level 6), pictures as they are; and the raw HTML. */
  bytes: { htmlRaw: number; htmlGzip: number; css: number; images: number; transferred: number };
  scripts: number;
  requests: number;
  lighthouse: LighthouseRun[];
  rounds: LiteRound[];
}

export async function measureLite(options: {
  /** The lite page straight from `next start`, for bytes and Lighthouse. */
  pageUrl: string;
  /** The same page through nginx, and nginx's static copy of its HTML. */
  nginxUrl: string;
  staticUrl: string;
  lighthouseRuns: number;
  rounds: number;
  seconds: number;
  connections: number;
  log: (message: string) => void;
}): Promise<LiteResults> {
  const { pageUrl, nginxUrl, staticUrl, log } = options;
  const browser = await launch();
  const page = await measurePage(browser, pageUrl, 'mobile').finally(() => browser.close());
  const bytes = {
    htmlRaw: page.html.raw,
    htmlGzip: page.html.gzip,
    css: page.css.gzip,
    images: page.image.raw,
    transferred: page.html.gzip + page.css.gzip + page.image.raw + page.font.raw + page.js.gzip,
  };

  const lighthouse: LighthouseRun[] = [];
  for (let run = 1; run <= options.lighthouseRuns; run += 1) {
    log(`Lighthouse mobile, lite page, run ${run} of ${options.lighthouseRuns}`);
    lighthouse.push(await runLighthouse(pageUrl, 'mobile'));
  }

  // Both warmed: nginx's copy of the page made, the file in the page cache.
  await load(nginxUrl, 10, 2);
  await load(staticUrl, 10, 2);
  const rounds: LiteRound[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    log(`nginx: lite page and static file, round ${round} of ${options.rounds}`);
    const lite = await load(nginxUrl, options.connections, options.seconds);
    const staticFile = await load(staticUrl, options.connections, options.seconds);
    rounds.push({ lite, staticFile, ratio: lite.requestsPerSec / staticFile.requestsPerSec });
  }
  return {
    url: pageUrl,
    bytes,
    scripts: page.js.requests,
    requests: page.total.requests,
    lighthouse,
    rounds,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const range = (values: number[], digits = 0) =>
  values.length === 0
    ? 'none'
    : `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
const yes = (met: boolean) => (met ? 'yes' : '**no**');

export function renderLite(results: LiteResults, heading: string): string {
  const { bytes, lighthouse, rounds } = results;
  const performance = lighthouse.map((run) => run.performance);
  const lcp = lighthouse.map((run) => run.lcpMs);
  const ratios = rounds.map((round) => round.ratio);
  const lines = [
    `# ${heading}`,
    '',
    `Lite page of the seed article: ${results.url}`,
    '',
    '| measure | figure |',
    '| --- | --- |',
    `| HTML raw / gzip | ${kb(bytes.htmlRaw)} / ${kb(bytes.htmlGzip)} |`,
    `| CSS (gzip), pictures | ${kb(bytes.css)}, ${kb(bytes.images)} |`,
    `| transferred in all | ${kb(bytes.transferred)} in ${results.requests} requests |`,
    `| scripts | ${results.scripts} |`,
    `| Lighthouse mobile performance (${lighthouse.length} runs) | ${performance.join(', ')} |`,
    `| LCP ms | ${lcp.map((value) => Math.round(value)).join(', ')} |`,
    '',
    '| round | lite page through nginx, req/s | static file through nginx, req/s | ratio | errors |',
    '| --- | --- | --- | --- | --- |',
    ...rounds.map(
      ({ lite, staticFile, ratio }, index) =>
        `| ${index + 1} | ${Math.round(lite.requestsPerSec)} | ` +
        `${Math.round(staticFile.requestsPerSec)} | ${ratio.toFixed(2)} | ` +
        `${lite.errors + lite.timeouts + lite.non2xx} / ` +
        `${staticFile.errors + staticFile.timeouts + staticFile.non2xx} |`,
    ),
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    `| at most 20 KB transferred | ${kb(bytes.transferred)} | ${yes(bytes.transferred <= 20 * 1024)} |`,
    `| zero scripts | ${results.scripts} | ${yes(results.scripts === 0)} |`,
    `| mobile performance 100 in every run | ${range(performance)} | ${yes(performance.length > 0 && performance.every((score) => score === 100))} |`,
    `| LCP ≤ 1.0 s | ${range(lcp)} ms | ${yes(lcp.length > 0 && lcp.every((value) => value <= 1000))} |`,
    `| through nginx ≥ 0.9 × the static file | ${range(ratios, 2)} | ${yes(ratios.length > 0 && ratios.every((ratio) => ratio >= 0.9))} |`,
  ];
  return `${lines.join('\n')}\n`;
}
