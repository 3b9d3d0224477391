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
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  BASE,
  CHECK_MEMORY,
  CONNECTIONS,
  MEMORY_SLACK_MB,
  SECONDS,
  THROUGH_NGINX,
  TIMEOUT_SECONDS,
  WARMUP_SECONDS,
  root,
} from './lib/load-test-settings';
import { startNext, startNginx, statusOf, stop, waitForServer } from './lib/load-test-servers';
import { loadTestTargets } from './lib/load-test-targets';
import { rssMb } from './lib/process-tree-memory';

const TARGETS = await loadTestTargets();

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const server = startNext();
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
