/**
 * `npm run bench` (issue 5): our site against a bare Next.js page, in one run on this machine.
 *
 * 1. builds the site (NEXT_DIST_DIR=.next-bench) and bench/baseline with the same `next`;
 * 2. bytes by kind, raw and gzip, and request counts for the Arabic seed article (phone and
 *    desktop), the Arabic home page, and the baseline (Playwright + Chromium);
 * 3. Lighthouse (mobile), median of N runs, ours and baseline interleaved;
 * 4. autocannon against `next start` (ours, baseline, and the baseline with its body repeated until
 *    its HTML is as large as ours) and bench/static-server.mjs (the ceiling);
 * 5. build time and peak memory for the real content and for generated corpora, in a throwaway
 *    copy of the project so the work tree's build folders are never touched;
 * 6. prints ratios and writes bench/results/latest.json and latest.md.
 *
 * BENCH_QUICK=1: one Lighthouse run each, 5 s load tests, 100 generated articles only.
 * Other knobs: BENCH_LH_RUNS, BENCH_LOAD_SECONDS, BENCH_CONNECTIONS, BENCH_ARTICLES ("100,1000"),
 * BENCH_SKIP_SCALING=1, BENCH_ONLY=scaling (redo only the build-cost part of latest.json),
 * BENCH_PORT (first of five ports, default 3500), BENCH_PUBLISH_CORPUS (the generated corpus the
 * publishing figures are measured on, default the largest).
 *
 * Publishing (issue 11), on that corpus's build: 20 new stories and 20 headline edits, each from
 * the file written to its headline served through nginx (deploy/nginx.conf, https, its cache on);
 * and the first request of 100 stories outside the prerendered set, then the same again.
 *
 * BENCH_ONLY=lite: issue 16's lite-page figures (liteOnly below).
 *
 * BENCH_ONLY=archive: issue 12's figures at 1,000, 10,000 and 100,000 stories (archiveOnly below).
 * BENCH_ONLY=search: issue 14's search figures (bench/lib/search-run.ts).
 *
 * BENCH_FAILOVER=1, on the same build: two `next start` processes behind nginx, each on its own
 * copy of the build (decision 0009), 200 connections (BENCH_FAILOVER_CONNECTIONS) for 60 s
 * (BENCH_FAILOVER_SECONDS) through nginx; one is killed (SIGKILL) 20 s in and started again. Reports
 * the failed requests, p99 and how long the restarted one took to say ok on /healthz.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { generateArticles, generatedSlug, saveArabicStory } from '../bench/generate-articles';
import { measureArchiveServer } from '../bench/lib/archive';
import { measureLite, renderLite } from '../bench/lib/lite';
import { searchOnly } from '../bench/lib/search-run';
import { renderArchive, type ArchiveResults, type ArchiveRun } from '../bench/lib/archive-report';
import { launch, measurePage, type PageBytes } from '../bench/lib/bytes';
import { runLighthouse, medianRun, type LighthouseRun } from '../bench/lib/lighthouse';
import { load, type LoadResult } from '../bench/lib/load';
import {
  copyBuild,
  loadWhileRestarting,
  removeBuilds,
  startNext,
  startNginx,
  stopGroup,
  waitUntilHealthy,
  type NextServer,
} from '../bench/lib/failover';
import { startServer, timed, type RunResult, type Server } from '../bench/lib/proc';
import { measureFirstRenders, measurePublishing, waitUntilServed } from '../bench/lib/publishing';
import { renderMarkdown, type BenchResults, type BuildRow } from '../bench/lib/report';
import { renditionPath } from '../lib/images';
import { defaultMediaLocation } from '../lib/media/media-location';
import { renditionAt } from '../lib/media/renditions';

const root = path.resolve(import.meta.dirname, '..');
const quick = process.env.BENCH_QUICK === '1';
const lhRuns = Number(process.env.BENCH_LH_RUNS ?? (quick ? 1 : 5));
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? (quick ? 5 : 20));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const articleCounts = (process.env.BENCH_ARTICLES ?? (quick ? '100' : '10,1000,10000'))
  .split(',')
  .map(Number)
  .filter((count) => count > 0);
const basePort = Number(process.env.BENCH_PORT ?? 3500);
const ports = {
  ours: basePort + 1,
  baseline: basePort + 2,
  ceiling: basePort + 3,
  sizedBaseline: basePort + 4,
};
const origin = (port: number) => `http://127.0.0.1:${port}`;
const DIST = '.next-bench';
const SIZED_DIST = '.next-bench-sized';
const NEXT_BIN = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const SEED_SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
const ARTICLE_PATH = `/ar/news/${encodeURIComponent(SEED_SLUG)}`;
const HERO = renditionPath('/images/articles/baghdad-security-council.svg', 800, 'avif');
const resultsDir = path.join(root, 'bench', 'results');
const tmpDir = path.join(resultsDir, 'tmp');

const log = (message: string) => console.log(`\n[bench] ${message}`);

function must(result: RunResult, what: string): RunResult {
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed with exit code ${result.code}`);
  }
  return result;
}

/**
 * `next build` adds its dist folder's types to tsconfig.json; the work tree's tsconfig is not
 * ours to change, so put it back when the only change is that addition.
 */
function guardTsconfig<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const file = path.join(dir, 'tsconfig.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  return work().finally(() => {
    if (before === null || !existsSync(file)) return;
    const after = readFileSync(file, 'utf8');
    if (after === before) return;
    const strip = (text: string) => {
      const json = JSON.parse(text) as { include?: string[] };
      json.include = json.include?.filter((entry) => !entry.startsWith(`${DIST}/`));
      return JSON.stringify(json);
    };
    if (strip(after) === strip(before)) writeFileSync(file, before);
  });
}

const pick = (result: RunResult) => ({
  seconds: Math.round(result.seconds * 10) / 10,
  peakRssMiB: result.peakRssMiB,
});

/**
 * prebuild (the content check) and `next build`, each timed, in `dir`. `fresh`: as on a fresh
 * clone, with no build folder, so no content index; otherwise the build folder is kept, as CI
 * keeps `.next/cache` between builds.
 */
async function buildSite(
  dir: string,
  env: Record<string, string>,
  label: string,
  articles: number,
  { fresh = true } = {},
): Promise<BuildRow> {
  // The project's own next and tsx: one React, resolved inside `dir`.
  const NEXT_BIN = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (fresh) rmSync(path.join(dir, DIST), { recursive: true, force: true });
  log(`build ${label}: prebuild`);
  const prebuild = must(
    await timed('npm', ['run', '--silent', 'prebuild'], { cwd: dir, env, quiet: true }),
    'prebuild',
  );
  log(`build ${label}: next build`);
  const next = must(
    await guardTsconfig(dir, () =>
      timed('node', [NEXT_BIN, 'build'], { cwd: dir, env, quiet: true }),
    ),
    'next build',
  );
  const pages = /\((\d+)\/(\d+)\)/.exec(
    next.output.split('Generating static pages').pop() ?? '',
  )?.[2];
  return {
    label,
    articles,
    pages: pages ? Number(pages) : null,
    prebuild: pick(prebuild),
    nextBuild: pick(next),
  };
}

/** `repeat`: how many times the page repeats the article body (1 for the baseline itself). */
async function buildBaseline(
  dist: string,
  repeat: number,
): Promise<{ seconds: number; peakRssMiB: number }> {
  mkdirSync(path.join(root, 'bench', 'baseline', 'public'), { recursive: true });
  // The very rendition our article's hero serves, made the way the site makes it.
  const hero = await renditionAt(HERO, {
    ...defaultMediaLocation(),
    cacheDir: path.join(root, dist, 'cache', 'media'),
  });
  if (!hero) throw new Error(`${HERO} has no source under public/images`);
  writeFileSync(path.join(root, 'bench', 'baseline', 'public', 'hero.avif'), hero.data);
  log(`build baseline (body ×${repeat})`);
  const result = must(
    await timed('node', [NEXT_BIN, 'build', 'bench/baseline'], {
      cwd: root,
      env: { NEXT_DIST_DIR: dist, BENCH_REPO_ROOT: root, BENCH_BASELINE_REPEAT: String(repeat) },
      quiet: true,
    }),
    'baseline build',
  );
  return pick(result);
}

function startBaseline(dist: string, port: number): Promise<Server> {
  return startServer(
    'node',
    [NEXT_BIN, 'start', 'bench/baseline', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      env: { NEXT_DIST_DIR: dist },
      readyUrl: `${origin(port)}/`,
    },
  );
}

const htmlBytes = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;

/** Plain text of the seed article (headline, standfirst, body) as a reader sees it. */
function articleText(): string {
  const text = readFileSync(
    path.join(root, 'content/articles/kadhimi-baghdad-bombings/ar.md'),
    'utf8',
  );
  const [, frontMatter = '', body = ''] = text.split(/^---$/m);
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*"(.*)"\\s*$`, 'm').exec(frontMatter)?.[1] ?? '';
  return [field('title'), field('summary'), body.replace(/^## /gm, '').trim()].join('\n\n');
}

/** A throwaway copy of the project for corpus builds: sources copied, node_modules hard-linked. */
function makeScratchCopy(): string {
  const dir = path.join(os.tmpdir(), `alriwaq-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('bash', [
    '-c',
    `tar -C "${root}" --exclude=./node_modules --exclude='./.next*' --exclude=./.git ` +
      `--exclude=./test-results --exclude=./playwright-report --exclude=./bench/results ` +
      `--exclude='./bench/baseline/.next*' -cf - . | tar -C "${dir}" -xf - && ` +
      `cp -al "${root}/node_modules" "${dir}/node_modules"`,
  ]);
  return dir;
}

/**
 * The publishing figures on a corpus build in `dir`: `next start` on it, nginx in front, stories
 * written into its content folder. Prerendered are the newest PRERENDER_STORIES (100) per locale,
 * so stories from index 200 on render on their first request.
 */
async function measurePublishingOn(
  dir: string,
  env: Record<string, string>,
  count: number,
): Promise<NonNullable<BenchResults['publishing']>> {
  const { firstRender, publish, served } = await publishingFigures(dir, env, count, {
    firstRenders: true,
  });
  return { corpus: count, firstRender: firstRender!, publish, served: served! };
}

/** `firstRenders: false`: publishes only (the archive run measures first requests itself). */
async function publishingFigures(
  dir: string,
  env: Record<string, string>,
  count: number,
  { firstRenders, firstIndex = count }: { firstRenders: boolean; firstIndex?: number },
) {
  const nextPort = basePort + 5;
  const nginxPort = basePort + 6;
  const nextBin = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  log(`publishing on the ${count}-story build: next start and nginx`);
  const servers = [
    await startServer('node', [nextBin, 'start', '-H', '127.0.0.1', '-p', String(nextPort)], {
      cwd: dir,
      env: { ...env, SITE_URL: origin(nextPort) },
      readyUrl: `${origin(nextPort)}/ar`,
    }),
  ];
  try {
    servers.push(
      await startServer(
        'node',
        [
          ...['--import', 'tsx', 'scripts/nginx.ts', 'run', '--tls'],
          ...['--listen', `127.0.0.1:${nginxPort}`, '--http-listen', `127.0.0.1:${nginxPort + 1}`],
          ...['--upstream', `127.0.0.1:${nextPort}`],
        ],
        { cwd: root, readyUrl: `${origin(nextPort)}/ar` },
      ),
    );
    await waitUntilServed(`https://127.0.0.1:${nginxPort}/ar`);
    const untouched = Array.from({ length: 100 }, (_, n) =>
      Math.min(count - 1, 200 + Math.floor((n * (count - 200)) / 100)),
    ).filter((index, n, all) => index >= 200 && all.indexOf(index) === n);
    let firstRender;
    if (firstRenders) {
      log(`first requests of ${untouched.length} stories that were not prerendered`);
      firstRender = await measureFirstRenders(origin(nextPort), untouched);
    }
    log('20 publishes and 20 headline edits through nginx');
    const publish = await measurePublishing({
      contentDir: env.CONTENT_DIR!,
      origin: `https://127.0.0.1:${nginxPort}`,
      count: 20,
      firstIndex,
    });
    // Decision 0007 again: a page rendered on demand is served from its file as one rendered at
    // build is. The same load on the newest story (prerendered) and on one first asked above.
    const servedFrom = async (index: number) => {
      const url = `${origin(nextPort)}/ar/news/${encodeURIComponent(generatedSlug(index))}`;
      await load(url, 10, 2);
      return load(url, connections, loadSeconds);
    };
    if (!firstRenders) return { publish };
    log(`autocannon: a prerendered story and one rendered on demand, ${loadSeconds} s each`);
    const served = { prerendered: await servedFrom(0), onDemand: await servedFrom(untouched[0]!) };
    return { firstRender, publish, served };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

const failover = process.env.BENCH_FAILOVER === '1';

/**
 * Two servers behind nginx on the corpus build in `dir`, one killed and restarted under load
 * through nginx. Ports: BENCH_PORT + 8 and + 9 for the servers, + 10 and + 11 for nginx.
 */
async function measureFailoverOn(
  dir: string,
  env: Record<string, string>,
  count: number,
): Promise<NonNullable<BenchResults['failover']>> {
  const servers: NextServer[] = [
    { port: basePort + 8, distDir: `${DIST}-a` },
    { port: basePort + 9, distDir: `${DIST}-b` },
  ];
  const nginxPort = basePort + 10;
  const serverEnv = { ...env, SITE_URL: origin(servers[0]!.port) };
  log(`failover on the ${count}-story build: two servers behind nginx`);
  copyBuild(dir, DIST, servers);
  const children = servers.map((server) => startNext(dir, server, serverEnv));
  const nginx = startNginx(
    dir,
    nginxPort,
    servers.map((server) => server.port),
  );
  // A large corpus is read before a server says ok.
  const healthLimitMs = 30 * 60_000;
  try {
    await Promise.all(
      servers.map((server) => waitUntilHealthy(origin(server.port), [], healthLimitMs)),
    );
    await waitUntilServed(`https://127.0.0.1:${nginxPort}/ar`);
    const seconds = Number(process.env.BENCH_FAILOVER_SECONDS ?? 60);
    const connections = Number(process.env.BENCH_FAILOVER_CONNECTIONS ?? 200);
    log(`failover: ${connections} connections for ${seconds} s, one server killed 20 s in`);
    const result = await loadWhileRestarting({
      origin: `https://127.0.0.1:${nginxPort}`,
      path: `/ar/news/${encodeURIComponent(generatedSlug(0))}`,
      connections,
      seconds,
      killAfterMs: Math.min(20_000, (seconds * 1000) / 3),
      victim: () => children[1]!,
      restart: () => (children[1] = startNext(dir, servers[1]!, serverEnv)),
      victimOrigin: origin(servers[1]!.port),
      healthLimitMs,
    });
    return { corpus: count, ...result };
  } finally {
    await Promise.all([...children, nginx].map((child) => stopGroup(child)));
    removeBuilds(dir, servers);
  }
}

/** Build cost for the real content and each generated corpus, written after each build. */
async function buildScaling(results: BenchResults, write: () => Promise<string>): Promise<void> {
  const { scaling } = results;
  log('build scaling in a scratch copy');
  const scratch = makeScratchCopy();
  try {
    const env = { SITE_URL: 'http://127.0.0.1:3599', NEXT_DIST_DIR: DIST };
    const realCount = execFileSync('bash', ['-c', `ls -d "${root}/content/articles"/*/ | wc -l`])
      .toString()
      .trim();
    scaling.push(await buildSite(scratch, env, 'real content', Number(realCount)));
    await write();
    const publishCorpus = Number(process.env.BENCH_PUBLISH_CORPUS ?? Math.max(...articleCounts));
    for (const count of articleCounts) {
      const contentDir = path.join(scratch, `generated-${count}`);
      await generateArticles(count, contentDir);
      const corpusEnv = { ...env, CONTENT_DIR: contentDir };
      scaling.push(await buildSite(scratch, corpusEnv, `${count} generated`, count));
      await write();
      if (count === publishCorpus) {
        results.publishing = await measurePublishingOn(scratch, corpusEnv, count);
        await write();
        if (failover) {
          results.failover = await measureFailoverOn(scratch, corpusEnv, count);
          await write();
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes latest.json and latest.md (formatted as `prettier --check .` expects: they are committed). */
async function writeResults(results: BenchResults, started: number): Promise<string> {
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  const options = { ...(await prettier.resolveConfig(path.join(resultsDir, 'latest.md'))) };
  const markdown = await prettier.format(renderMarkdown(results), {
    ...options,
    parser: 'markdown',
  });
  const json = await prettier.format(JSON.stringify(results), { ...options, parser: 'json' });
  writeFileSync(path.join(resultsDir, 'latest.json'), json);
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  return markdown;
}

const skipScaling = process.env.BENCH_SKIP_SCALING === '1';

/** The build-cost rows of the last run, for a run that skips them. */
function previousScaling(): Pick<BenchResults, 'scaling' | 'scalingDate'> {
  try {
    const last = JSON.parse(
      readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'),
    ) as BenchResults;
    return { scaling: last.scaling, scalingDate: last.scalingDate ?? last.date };
  } catch {
    return { scaling: [] };
  }
}

/** BENCH_ONLY=scaling: redo only the build-cost part, keeping the rest of latest.json. */
async function scalingOnly(): Promise<void> {
  const file = path.join(resultsDir, 'latest.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const started = Date.now() - results.durationSeconds * 1000;
  results.scaling = [];
  delete results.scalingDate;
  results.settings.articleCounts = articleCounts;
  const write = () => writeResults(results, started);
  delete results.publishing;
  delete results.failover;
  await buildScaling(results, write);
  console.log(`\n${await write()}`);
}

async function main() {
  const started = Date.now();
  mkdirSync(tmpDir, { recursive: true });
  const servers: Server[] = [];
  const stopAll = async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

  const nextVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8'),
  ).version;
  const lighthouseVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
  ).version;
  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim();

  try {
    // 1. builds
    const siteEnv = { SITE_URL: origin(ports.ours), NEXT_DIST_DIR: DIST };
    const ourBuild = await buildSite(root, siteEnv, 'site (work tree)', 0);
    const baselineBuild = await buildBaseline(DIST, 1);

    // 2. servers
    log('start servers');
    servers.push(
      await startServer('node', [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(ports.ours)], {
        cwd: root,
        env: siteEnv,
        readyUrl: `${origin(ports.ours)}/ar`,
      }),
      await startBaseline(DIST, ports.baseline),
    );
    const articleHtml = Buffer.from(
      await (await fetch(`${origin(ports.ours)}${ARTICLE_PATH}`)).arrayBuffer(),
    );
    const htmlFile = path.join(tmpDir, 'article.html');
    writeFileSync(htmlFile, articleHtml);
    servers.push(
      await startServer(
        'node',
        [path.join(root, 'bench/static-server.mjs'), htmlFile, String(ports.ceiling)],
        {
          cwd: root,
          readyUrl: `${origin(ports.ceiling)}/`,
        },
      ),
    );
    const text = articleText();

    // The baseline again, its body repeated until the page weighs what ours does: a first build
    // tells what one repeat adds, a second corrects the count if the first missed.
    const baselineHtml = await htmlBytes(`${origin(ports.baseline)}/`);
    const prerendered = () =>
      statSync(path.join(root, 'bench', 'baseline', SIZED_DIST, 'server', 'app', 'index.html'))
        .size;
    let repeat = Math.max(2, Math.round(articleHtml.byteLength / baselineHtml));
    await buildBaseline(SIZED_DIST, repeat);
    const perRepeat = (prerendered() - baselineHtml) / (repeat - 1);
    const corrected = 1 + Math.round((articleHtml.byteLength - baselineHtml) / perRepeat);
    if (corrected !== repeat) {
      repeat = corrected;
      await buildBaseline(SIZED_DIST, repeat);
    }
    servers.push(await startBaseline(SIZED_DIST, ports.sizedBaseline));
    const sizedBaseline = {
      repeat,
      htmlRaw: await htmlBytes(`${origin(ports.sizedBaseline)}/`),
      oursHtmlRaw: articleHtml.byteLength,
    };

    // 3. bytes
    log('bytes by kind');
    const browser = await launch();
    const bytes: Record<string, PageBytes> = {};
    try {
      bytes['article-mobile'] = await measurePage(
        browser,
        `${origin(ports.ours)}${ARTICLE_PATH}`,
        'mobile',
      );
      bytes['article-desktop'] = await measurePage(
        browser,
        `${origin(ports.ours)}${ARTICLE_PATH}`,
        'desktop',
      );
      bytes['home-mobile'] = await measurePage(browser, `${origin(ports.ours)}/ar`, 'mobile');
      bytes['home-desktop'] = await measurePage(browser, `${origin(ports.ours)}/ar`, 'desktop');
      bytes['baseline-mobile'] = await measurePage(browser, `${origin(ports.baseline)}/`, 'mobile');
      bytes['baseline-desktop'] = await measurePage(
        browser,
        `${origin(ports.baseline)}/`,
        'desktop',
      );
    } finally {
      await browser.close();
    }

    // 4. Lighthouse, interleaved
    const lhTargets = {
      'article-mobile': [`${origin(ports.ours)}${ARTICLE_PATH}`, 'mobile'],
      'baseline-mobile': [`${origin(ports.baseline)}/`, 'mobile'],
      'home-mobile': [`${origin(ports.ours)}/ar`, 'mobile'],
      'article-desktop': [`${origin(ports.ours)}${ARTICLE_PATH}`, 'desktop'],
    } as const;
    const lhRunsByTarget: Record<string, LighthouseRun[]> = {};
    for (let run = 1; run <= lhRuns; run += 1) {
      for (const [name, [url, formFactor]] of Object.entries(lhTargets)) {
        // Home and desktop are context, not targets: one run each is enough.
        if (run > 1 && (name === 'home-mobile' || name === 'article-desktop')) continue;
        log(`lighthouse ${name} run ${run}/${lhRuns}`);
        (lhRunsByTarget[name] ??= []).push(await runLighthouse(url, formFactor));
      }
    }
    const lighthouse = Object.fromEntries(
      Object.entries(lhRunsByTarget).map(([name, runs]) => [
        name,
        { runs: runs.length, median: medianRun(runs), all: runs },
      ]),
    );

    // 5. load
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
    await stopAll();

    const results: BenchResults = {
      date: new Date().toISOString(),
      quick,
      durationSeconds: 0,
      machine: {
        cpus: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      versions: { next: nextVersion, lighthouse: lighthouseVersion, chromium: chromiumVersion },
      settings: { lhRuns, loadSeconds, connections, articleCounts },
      articleText: { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 6 }).length },
      builds: { ours: ourBuild, baseline: baselineBuild },
      bytes,
      lighthouse,
      load: loadResults,
      sizedBaseline,
      ...(skipScaling ? previousScaling() : { scaling: [] }),
    };
    const write = () => writeResults(results, started);
    // Written now and again after the scaling builds, so a failed corpus build loses nothing else.
    await write();

    // 6. build scaling
    if (!skipScaling) await buildScaling(results, write);

    const markdown = await write();
    console.log(`\n${markdown}`);
    log(`wrote bench/results/latest.json and latest.md in ${results.durationSeconds} s`);
  } finally {
    await stopAll();
    // The baseline's build output would otherwise be linted by `eslint .` in the work tree.
    for (const dist of [DIST, SIZED_DIST]) {
      rmSync(path.join(root, 'bench', 'baseline', dist), { recursive: true, force: true });
    }
  }
}

/**
 * BENCH_ONLY=archive (issue 12): for each size in BENCH_ARCHIVE_STORIES (default 1,000, 10,000
 * and 100,000), a generated corpus built fresh and again with one story edited, then `next start`
 * on it: start-up, memory after start and after BENCH_ARCHIVE_PAGES (20,000) distinct story pages,
 * first requests of deep listings, publishing through nginx; BENCH_FAILOVER=1 adds the two-server
 * run on the largest. Writes bench/results/archive.json and archive.md after each step.
 */
async function archiveOnly(): Promise<void> {
  const counts = (process.env.BENCH_ARCHIVE_STORIES ?? '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((count) => count > 0);
  const pages = Number(process.env.BENCH_ARCHIVE_PAGES ?? 20_000);
  const results: ArchiveResults = { date: new Date().toISOString(), machine: machine(), runs: [] };
  const write = async () => {
    const options = { ...(await prettier.resolveConfig(path.join(resultsDir, 'archive.md'))) };
    const format = (text: string, parser: string) => prettier.format(text, { ...options, parser });
    writeFileSync(
      path.join(resultsDir, 'archive.json'),
      await format(JSON.stringify(results), 'json'),
    );
    const markdown = await format(renderArchive(results), 'markdown');
    writeFileSync(path.join(resultsDir, 'archive.md'), markdown);
    return markdown;
  };
  const scratch = makeScratchCopy();
  const serverPort = basePort + 7;
  try {
    for (const count of counts) {
      const contentDir = path.join(scratch, `generated-${count}`);
      log(`archive: generating ${count} stories`);
      const started = performance.now();
      await generateArticles(count, contentDir);
      const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
      const files = Number(
        execFileSync('bash', ['-c', `find "${contentDir}" -name '*.md' | wc -l`])
          .toString()
          .trim(),
      );
      const env = { SITE_URL: origin(serverPort), NEXT_DIST_DIR: DIST, CONTENT_DIR: contentDir };
      const coldBuild = await buildSite(scratch, env, `${count}, fresh clone`, count);
      await saveArabicStory(contentDir, 5, {
        title: `عنوان معدل قبل البناء الثاني ${Date.now().toString(36)}`,
      });
      const warmBuild = await buildSite(scratch, env, `${count}, one story edited`, count, {
        fresh: false,
      });
      log(`archive: next start on ${count} stories, then ${pages} story pages`);
      let server: ChildProcess | null = null;
      const measured = await measureArchiveServer({
        dir: scratch,
        distDir: DIST,
        contentDir,
        origin: origin(serverPort),
        count,
        prerendered: Number(process.env.PRERENDER_STORIES ?? 100),
        stories: pages,
        start: () => (server = startNext(scratch, { port: serverPort, distDir: DIST }, env)),
      }).finally(() => server && stopGroup(server));
      const run: ArchiveRun = {
        stories: count,
        files,
        generateSeconds,
        coldBuild,
        warmBuild,
        server: measured,
      };
      results.runs.push(run);
      await write();
      run.publish = (await publishingFigures(scratch, env, count, { firstRenders: false })).publish;
      await write();
      if (count === Math.max(...counts)) {
        // As on a system with too few file watches for the archive: rescans find the change.
        log('archive: publishing again with CONTENT_WATCH=poll');
        const polling = { ...env, CONTENT_WATCH: 'poll' };
        run.publishPolling = (
          await publishingFigures(scratch, polling, count, {
            firstRenders: false,
            firstIndex: count + 100,
          })
        ).publish;
        await write();
      }
      if (failover && count === Math.max(...counts)) {
        run.failover = await measureFailoverOn(scratch, env, count);
        await write();
      }
      rmSync(contentDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\n${await write()}`);
}

const machine = () => ({
  cpus: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
});

/**
 * BENCH_ONLY=lite (issue 16): the seed article's lite page on the work tree's build: bytes,
 * scripts and BENCH_LH_RUNS Lighthouse mobile runs straight from `next start`; then
 * BENCH_LITE_ROUNDS (default 3) rounds of the page through nginx (deploy/nginx.conf, https)
 * against the same nginx serving the page's HTML as a static file. Writes bench/results/lite.*.
 */
async function liteOnly() {
  const siteEnv = { SITE_URL: origin(ports.ours), NEXT_DIST_DIR: DIST };
  await buildSite(root, siteEnv, 'site (work tree)', 0, { fresh: false });
  const nginxPort = basePort + 6;
  const litePath = `${ARTICLE_PATH}/lite`;
  const servers: Server[] = [];
  try {
    servers.push(
      await startServer('node', [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(ports.ours)], {
        cwd: root,
        env: siteEnv,
        readyUrl: `${origin(ports.ours)}/ar`,
      }),
    );
    const page = await fetch(`${origin(ports.ours)}${litePath}`);
    if (!page.ok) throw new Error(`${litePath} answered ${page.status}`);
    // nginx's workers run as nobody: the file and its folder must be readable by anyone.
    const staticDir = mkdtempSync(path.join(os.tmpdir(), 'alriwaq-lite-'));
    chmodSync(staticDir, 0o755);
    const staticFile = path.join(staticDir, 'lite.html');
    writeFileSync(staticFile, Buffer.from(await page.arrayBuffer()), { mode: 0o644 });
    servers.push(
      await startServer(
        'node',
        [
          ...['--import', 'tsx', 'scripts/nginx.ts', 'run', '--tls'],
          ...['--listen', `127.0.0.1:${nginxPort}`, '--http-listen', `127.0.0.1:${nginxPort + 1}`],
          ...[
            '--upstream',
            `127.0.0.1:${ports.ours}`,
            '--static',
            `/lite-static.html=${staticFile}`,
          ],
        ],
        { cwd: root, readyUrl: `${origin(ports.ours)}/ar` },
      ),
    );
    const nginxOrigin = `https://127.0.0.1:${nginxPort}`;
    await waitUntilServed(`${nginxOrigin}/ar`);
    const results = await measureLite({
      pageUrl: `${origin(ports.ours)}${litePath}`,
      nginxUrl: `${nginxOrigin}${litePath}`,
      staticUrl: `${nginxOrigin}/lite-static.html`,
      lighthouseRuns: lhRuns,
      rounds: Number(process.env.BENCH_LITE_ROUNDS ?? 3),
      seconds: loadSeconds,
      connections,
      log,
    });
    rmSync(staticDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    const date = new Date().toISOString();
    writeFileSync(
      path.join(resultsDir, 'lite.json'),
      `${JSON.stringify({ date, machine: machine(), ...results }, null, 2)}\n`,
    );
    const markdown = await prettier.format(renderLite(results, `Lite page: ${date}`), {
      parser: 'markdown',
    });
    writeFileSync(path.join(resultsDir, 'lite.md'), markdown);
    console.log(`\n${markdown}`);
  } finally {
    await Promise.all(servers.reverse().map((server) => server.stop()));
  }
}

const only = process.env.BENCH_ONLY;
await (only === 'scaling'
  ? scalingOnly()
  : only === 'archive'
    ? archiveOnly()
    : only === 'lite'
      ? liteOnly()
      : only === 'search'
        ? searchOnly(root, basePort)
        : main());
