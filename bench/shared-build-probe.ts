/**
 * Two `next start` processes on ONE build folder and one content folder (decision 0009): does
 * either ever serve a torn page, or an old version after the other has the new one?
 *
 *   npx tsx bench/shared-build-probe.ts   # needs the test build (.next-test); ports 4703, 4704
 *
 * Copies the build and the content, starts both processes, then in each round rewrites the seed
 * story's headline and, for 4 s, asks both processes for its page (HTML and the RSC payload a
 * client navigation fetches) from 8 connections each. Every answer is checked: status, whole
 * (HTML ends with </html>, RSC with a newline), which headline it carries; the files the cache
 * holds for the page are read after each round. Prints the figures; changes nothing but its copies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesAtRest } from './lib/shared-build-cache-files';
import { agent, get, health } from './lib/shared-build-requests';
import {
  CONNECTIONS,
  MODE,
  PAGE,
  PORT,
  ROUNDS,
  ROUND_MS,
  VERSION,
  contentDir,
  distOf,
  root,
  storyFile,
  type Answer,
} from './lib/shared-build-settings';
import { printSummary } from './lib/shared-build-summary';

function start(port: number, server: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_DIST_DIR: distOf(server), CONTENT_DIR: contentDir },
    },
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setHeadline(round: number) {
  const text = readFileSync(storyFile, 'utf8').replace(
    /^title: .*$/m,
    `title: "عنوان متغير، نسخة الاختبار ${round}"`,
  );
  writeFileSync(storyFile, text);
}

async function main() {
  const folders = [...new Set([0, 1].map(distOf))];
  for (const folder of folders) {
    rmSync(path.join(root, folder), { recursive: true, force: true });
    cpSync(path.join(root, '.next-test'), path.join(root, folder), { recursive: true });
  }
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(path.join(root, 'content/articles'), contentDir, { recursive: true });
  const ports = MODE === 'one' ? [PORT, PORT] : [PORT, PORT + 1];
  const servers = [...new Set(ports)].map((port, server) => start(port, server));
  const answers: Answer[] = [];
  const lags: number[] = [];
  const atRest: string[][] = [];
  try {
    for (const port of ports) {
      while ((await health(port)).status !== 200) await sleep(200);
    }
    // Next.js sends an RSC request without its `_rsc` query to the address with it.
    const rscPath = (await get(PORT, PAGE, { rsc: '1' })).location ?? PAGE;
    for (let round = 1; round <= ROUNDS; round += 1) {
      setHeadline(round);
      const started = performance.now();
      const loop = async (server: number, kind: 'html' | 'rsc') => {
        while (performance.now() - started < ROUND_MS) {
          const ms = performance.now() - started;
          const { status, body, cache } =
            kind === 'rsc'
              ? await get(ports[server]!, rscPath, { rsc: '1' })
              : await get(ports[server]!, PAGE);
          answers.push({
            server,
            kind,
            round,
            ms,
            status,
            bytes: Buffer.byteLength(body),
            whole: kind === 'html' ? body.trimEnd().endsWith('</html>') : body.endsWith('\n'),
            version: Number(VERSION.exec(body)?.[1] ?? 0) || null,
            cache,
          });
        }
      };
      await Promise.all(
        [0, 1].flatMap((server) =>
          Array.from({ length: CONNECTIONS }, (_, n) => loop(server, n % 4 === 3 ? 'rsc' : 'html')),
        ),
      );
      const changes = await Promise.all(ports.map(health));
      const [a, b] = changes.map((h) => Date.parse(h.lastChangeAt ?? ''));
      lags.push(Math.abs(a! - b!));
      atRest.push(folders.flatMap(filesAtRest));
    }
  } finally {
    for (const server of servers) {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    agent.destroy();
  }

  printSummary(answers, lags, atRest);
  for (const folder of folders) rmSync(path.join(root, folder), { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
}

await main();
