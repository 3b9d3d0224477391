/**
 * Load test: autocannon against `next start` for the article, the home page, an Open Graph card,
 * a feed and a live page's updates endpoint. Fails on any error, timeout or non-2xx answer, and when the server's memory does not
 * come back to within 50 MB of its idle figure after the run.
 *
 *   npx tsx scripts/load-test.ts                      # 200 connections, 60 s per target
 *   LOAD_SECONDS=10 npx tsx scripts/load-test.ts      # the short run `npm test` does
 *   LOAD_THROUGH_NGINX=1 npx tsx scripts/load-test.ts # the same through deploy/nginx.conf (https)
 * The site must be built first (NEXT_DIST_DIR picks the build, default .next). Through nginx, the
 * figures are nginx's: it answers most requests from its one-second copy of each page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import autocannon from 'autocannon';
import { defaultContentLocation, loadContent } from '../lib/content/load-content';
import { articleCardFacts } from '../lib/og/card-facts';
import { ogImagePath } from '../lib/og/og-paths';
import { defaultLiveLocation } from '../lib/live/live-location';
import { LiveStore } from '../lib/live/live-store';
import { liveLayout } from '../lib/live/paging';
import { liveUpdatesPath as liveUpdatesPathOf } from '../lib/urls';
import { loadOgLabels } from '../lib/og/render-og-image';

const PORT = Number(process.env.LOAD_PORT ?? 3600);
const THROUGH_NGINX = process.env.LOAD_THROUGH_NGINX === '1';
// nginx takes this port for https and the next one for plain HTTP.
const NGINX_PORT = Number(process.env.LOAD_NGINX_PORT ?? PORT + 80);
const BASE = THROUGH_NGINX ? `https://127.0.0.1:${NGINX_PORT}` : `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const MEMORY_SLACK_MB = 50;
// V8 grows its heap to the load it meets and keeps it a while: the idle figure is taken after a
// warm-up pass at full concurrency long enough for the heap to reach its working size (three
// seconds a target left it 80 MB short), so that what the check sees after the run is growth.
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
// The short run in `npm test` asserts zero errors only; the memory check needs the full run.
const CHECK_MEMORY = process.env.LOAD_CHECK_MEMORY !== '0';
// A request still unanswered after this long counts as a timeout (an error).
const TIMEOUT_SECONDS = 30;
const root = path.resolve(import.meta.dirname, '..');

/** The seed story's current card, as its page names it. */
async function seedCardPath(): Promise<string> {
  const { articles } = await loadContent(defaultContentLocation());
  const seed = articles.find((a) => a.id === 'kadhimi-baghdad-bombings' && a.locale === 'ar');
  if (!seed) throw new Error('the seed story kadhimi-baghdad-bombings/ar.md is missing');
  return ogImagePath(articleCardFacts(seed, await loadOgLabels(root, 'ar')));
}

/** The seed live page's updates, asked as an open page asks them: nothing new since its newest. */
async function liveUpdatesPath(): Promise<string> {
  const store = new LiveStore(defaultLiveLocation());
  await store.refresh();
  const page = store.page('ar', 'افتتاح-المتحف-المصري-الكبير');
  if (!page)
    throw new Error('the seed live page content/live/grand-egyptian-museum-opening is missing');
  const newest = liveLayout(page).current[0];
  return `${liveUpdatesPathOf('ar', page.slug)}${newest ? `?after=${newest.id}` : ''}`;
}

const TARGETS = {
  article: `/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`,
  home: '/ar',
  'og image': await seedCardPath(),
  feed: '/ar/feed.xml',
  'live updates': await liveUpdatesPath(),
};

/** Resident memory of a process and its children, in MB, from /proc. */
function rssMb(pid: number): number {
  const ids = [pid];
  for (let i = 0; i < ids.length; i += 1) {
    try {
      const children = readFileSync(`/proc/${ids[i]}/task/${ids[i]}/children`, 'utf8').trim();
      if (children) ids.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let kb = 0;
  for (const id of ids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return kb / 1024;
}

/** The status of a GET; fetch() cannot be told to take nginx's throwaway certificate. */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const answer = (response: http.IncomingMessage) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    };
    const request = url.startsWith('https:')
      ? https.get(url, { rejectUnauthorized: false }, answer)
      : http.get(url, answer);
    request.on('error', reject);
  });
}

async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await statusOf(`${BASE}/ar`)) === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer on ${BASE} within the time allowed`);
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** scripts/nginx.ts in front of the server, with a throwaway certificate. */
function startNginx(): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/nginx.ts'),
      'run',
      '--tls',
      '--listen',
      `127.0.0.1:${NGINX_PORT}`,
      '--http-listen',
      `127.0.0.1:${NGINX_PORT + 1}`,
      '--upstream',
      `127.0.0.1:${PORT}`,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

async function main() {
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(PORT),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env },
  );
  const nginx = THROUGH_NGINX ? startNginx() : undefined;
  // The certificate names localhost; autocannon would send the IP address, which TLS forbids.
  const servername = THROUGH_NGINX ? 'localhost' : undefined;
  try {
    await waitForServer(Date.now() + 60_000);
    // For the memory check, warm up under the same concurrency, so the idle figure is the server at
    // its working size (heap grown, caches filled); memory that keeps growing after that is a leak.
    for (const target of Object.values(TARGETS)) {
      if (CHECK_MEMORY) {
        await autocannon({
          url: BASE + target,
          connections: CONNECTIONS,
          duration: WARMUP_SECONDS,
          timeout: TIMEOUT_SECONDS,
          servername,
        });
      } else {
        await statusOf(BASE + target);
      }
    }
    await settle(5000);
    const idle = rssMb(server.pid!);

    const rows = [];
    const failures: string[] = [];
    for (const [name, target] of Object.entries(TARGETS)) {
      const result = await autocannon({
        url: BASE + target,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: TIMEOUT_SECONDS,
        servername,
      });
      const bad = result.errors + result.timeouts + result.non2xx;
      if (bad > 0) {
        failures.push(
          `${name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
        );
      }
      rows.push({
        target: name,
        requests: result.requests.total,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      });
    }
    // V8 hands memory back once the server has been idle a while: give it up to 60 s.
    let after = rssMb(server.pid!);
    for (let waited = 0; after > idle + MEMORY_SLACK_MB && waited < 60_000; waited += 1000) {
      await settle(1000);
      after = rssMb(server.pid!);
    }
    console.table(rows);
    console.log(`server memory: idle ${idle.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
    if (CHECK_MEMORY && after > idle + MEMORY_SLACK_MB) {
      failures.push(
        `memory ${after.toFixed(0)} MB is over idle ${idle.toFixed(0)} + ${MEMORY_SLACK_MB} MB`,
      );
    }
    const report = {
      date: new Date().toISOString(),
      throughNginx: THROUGH_NGINX,
      seconds: SECONDS,
      connections: CONNECTIONS,
      idleMb: idle,
      afterMb: after,
      rows,
    };
    await mkdir(path.join(root, 'bench/results'), { recursive: true });
    await writeFile(
      path.join(root, `bench/results/load-${SECONDS}s${THROUGH_NGINX ? '-nginx' : ''}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    if (failures.length > 0) {
      console.error(['Load test failed:', ...failures.map((f) => `  - ${f}`)].join('\n'));
      process.exitCode = 1;
    } else {
      console.log(
        `Load test passed${THROUGH_NGINX ? ' through nginx' : ''}: ${rows.length} targets, ` +
          `${CONNECTIONS} connections, ${SECONDS} s each, no errors.`,
      );
    }
  } finally {
    if (nginx) await stop(nginx);
    await stop(server);
  }
}

await main();
