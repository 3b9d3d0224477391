import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { measureLite, renderLite } from './lite';
import { startServer, type Server } from './proc';
import { waitUntilServed } from './publishing';
import {
  ARTICLE_PATH,
  DIST,
  NEXT_BIN,
  basePort,
  connections,
  lhRuns,
  loadSeconds,
  log,
  machine,
  origin,
  ports,
  resultsDir,
  root,
} from './bench-setup';
import { buildSite } from './site-builds';

/**
 * BENCH_ONLY=lite: the seed article's lite page on the work tree's build: bytes,
 * scripts and BENCH_LH_RUNS Lighthouse mobile runs straight from `next start`; then
 * BENCH_LITE_ROUNDS (default 3) rounds of the page through nginx (deploy/nginx.conf, https)
 * against the same nginx serving the page's HTML as a static file. Writes bench/results/lite.*.
 */
export async function liteOnly() {
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
