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
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.PROBE_PORT ?? 4703);
const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 15);
const ROUND_MS = 4_000;
// PROBE_MODE=shared (both on one build folder), separate (each on its own copy of the build) or
// one (the same requests, all to one process: the control).
const MODE = process.env.PROBE_MODE ?? 'shared';
const CONNECTIONS = 8;
const dist = '.next-shared-probe';
const distOf = (server: number) => (MODE === 'separate' ? `${dist}-${server}` : dist);
const contentDir = path.join(root, `${dist}-content`);
const storyFile = path.join(contentDir, 'kadhimi-baghdad-bombings', 'ar.md');
const SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
const PAGE = `/ar/news/${encodeURIComponent(SLUG)}`;
const VERSION = /نسخة الاختبار (\d+)/;

interface Answer {
  server: number;
  kind: 'html' | 'rsc';
  round: number;
  ms: number;
  status: number;
  bytes: number;
  whole: boolean;
  version: number | null;
  cache: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

function get(port: number, address: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    body: string;
    cache: string;
    location?: string;
  }>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: address, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          cache: String(res.headers['x-nextjs-cache'] ?? ''),
          location: res.headers.location,
        }),
      );
      res.on('error', reject);
    });
    request.on('error', reject);
  });
}

function health(port: number): Promise<{ status: number; lastChangeAt: string | null }> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { lastChangeAt?: string | null };
          resolve({ status: res.statusCode ?? 0, lastChangeAt: parsed.lastChangeAt ?? null });
        });
      })
      .on('error', () => resolve({ status: 0, lastChangeAt: null }));
  });
}

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

/** The cache's files for the page, wherever Next.js keeps them, with what each says. */
function filesAtRest(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.startsWith(SLUG) && /\.(html|rsc|meta)$/.test(entry.name)) {
        const text = readFileSync(file, 'utf8');
        const problem = entry.name.endsWith('.html')
          ? text.endsWith('</html>')
            ? ''
            : ' NOT WHOLE'
          : entry.name.endsWith('.meta')
            ? (() => {
                try {
                  JSON.parse(text);
                  return '';
                } catch {
                  return ' META DOES NOT PARSE';
                }
              })()
            : '';
        found.push(`${path.relative(dir, file)} v${VERSION.exec(text)?.[1] ?? '-'}${problem}`);
      }
    }
  };
  walk(path.join(root, folder, 'server'));
  return found;
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

  const bad = answers.filter((a) => a.status !== 200 || !a.whole);
  console.log(`${MODE}: answers: ${answers.length}, not 200 or not whole: ${bad.length}`);
  for (const answer of bad.slice(0, 10)) console.log('  ', JSON.stringify(answer));
  for (const server of [0, 1]) {
    const lastOld: number[] = [];
    const firstNew: number[] = [];
    const renders: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const mine = answers.filter((a) => a.server === server && a.round === round);
      const older = mine.filter((a) => (a.version ?? 0) < round);
      const newer = mine.filter((a) => a.version === round);
      lastOld.push(Math.max(0, ...older.map((a) => a.ms)));
      firstNew.push(Math.min(...newer.map((a) => a.ms)));
      renders.push(mine.filter((a) => a.cache === 'MISS').length);
      // Once a process served the new version, did it ever go back to an old one?
      const backwards = newer.length
        ? older.filter((a) => a.ms > Math.min(...newer.map((n) => n.ms))).length
        : 0;
      if (backwards) console.log(`  server ${server} round ${round}: ${backwards} old after new`);
    }
    const sorted = (values: number[]) => values.map(Math.round).sort((x, y) => x - y);
    console.log(
      `server ${server}: first new answer, ms after the save, by round:`,
      sorted(firstNew),
    );
    console.log(`server ${server}: last old answer, ms after the save:`, sorted(lastOld));
    console.log(`server ${server}: renders (x-nextjs-cache MISS) per round:`, renders);
  }
  const both = [...new Set(answers.filter((a) => a.cache === 'MISS').map((a) => a.round))].filter(
    (round) =>
      [0, 1].every((server) =>
        answers.some((a) => a.round === round && a.server === server && a.cache === 'MISS'),
      ),
  );
  console.log(
    `rounds where both processes rendered (and wrote) the page: ${both.length}/${ROUNDS}`,
  );
  console.log(
    'lag between the two processes noticing the save, ms:',
    lags.sort((x, y) => x - y),
  );
  console.log('cache files after the last round:', atRest.at(-1));
  const torn = atRest.flat().filter((line) => / NOT WHOLE| DOES NOT PARSE/.test(line));
  console.log(`cache files not whole after a round: ${torn.length}`);
  for (const folder of folders) rmSync(path.join(root, folder), { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
}

await main();
