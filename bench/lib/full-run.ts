/** The whole bench: bytes, Lighthouse, throughput, build cost and publishing, ours against the baseline. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesStage } from './bytes-stage';
import { lighthouseStage } from './lighthouse-stage';
import { loadStage } from './load-stage';
import { startServer, type Server } from './proc';
import type { BenchResults } from './bench-results';
import {
  ARTICLE_PATH,
  DIST,
  NEXT_BIN,
  SIZED_DIST,
  articleCounts,
  connections,
  lhRuns,
  loadSeconds,
  log,
  machine,
  origin,
  ports,
  quick,
  root,
  tmpDir,
} from './bench-setup';
import { articleText, buildBaseline, buildSite, htmlBytes, startBaseline } from './site-builds';
import { buildScaling, previousScaling, skipScaling, writeResults } from './scaling-run';

export async function fullRun() {
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
    const bytes = await bytesStage();

    // 4. Lighthouse, interleaved
    const lighthouse = await lighthouseStage();

    // 5. load
    const loadResults = await loadStage();
    await stopAll();

    const results: BenchResults = {
      date: new Date().toISOString(),
      quick,
      durationSeconds: 0,
      machine: machine(),
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
