/**
 * Two `next start` processes behind nginx, as README "Two servers" runs them: each on its own copy
 * of the test build (decision 0009), both on one content folder. Run by Node's test runner (a
 * stage of `npm test`, after the build), not by Playwright: it kills and restarts its own servers.
 *
 *   E2E_PORT=3100 node --import tsx --test e2e/node/two-servers.ts
 *
 * Ports: the servers on E2E_PORT + 10 and + 11, nginx on + 85 (https) and + 86 (http).
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generatedSlug, saveArabicStory } from '../../bench/generate-articles';
import {
  copyBuild,
  loadWhileRestarting,
  removeBuilds,
  startNext,
  startNginx,
  stopGroup,
  waitUntilHealthy,
  type NextServer,
} from '../../bench/lib/failover';
import { get } from '../../bench/lib/http-get';

const root = path.resolve(import.meta.dirname, '..', '..');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const servers: NextServer[] = [
  { port: PORT + 10, distDir: '.next-two-servers-a' },
  { port: PORT + 11, distDir: '.next-two-servers-b' },
];
const NGINX_PORT = PORT + 85;
const nginxOrigin = `https://127.0.0.1:${NGINX_PORT}`;
const origin = (server: NextServer) => `http://127.0.0.1:${server.port}`;
const contentDir = path.join(root, '.next-two-servers-content');
const SEED_PATH = `/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`;
// Past the site's own stories: the generated ones are numbered from 1.
const STORY = 900_000;
const storyPath = `/ar/news/${encodeURIComponent(generatedSlug(STORY))}`;

const children: ChildProcess[] = [];
let nginx: ChildProcess | undefined;
const env = { CONTENT_DIR: contentDir, SITE_URL: `http://127.0.0.1:${PORT}` };
const start = (index: number) => (children[index] = startNext(root, servers[index]!, env));

async function stopEverything() {
  await Promise.all([...children, ...(nginx ? [nginx] : [])].map((child) => stopGroup(child)));
  removeBuilds(root, servers);
  rmSync(contentDir, { recursive: true, force: true });
}

before(async () => {
  copyBuild(root, '.next-test', servers);
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(path.join(root, 'content', 'articles'), contentDir, { recursive: true });
  try {
    servers.forEach((_, index) => start(index));
    nginx = startNginx(
      root,
      NGINX_PORT,
      servers.map((server) => server.port),
    );
    await Promise.all(servers.map((server) => waitUntilHealthy(origin(server), [])));
    const deadline = Date.now() + 60_000;
    while ((await get(`${nginxOrigin}/ar`).catch(() => ({ status: 0 }))).status !== 200) {
      if (Date.now() > deadline) throw new Error(`nginx on ${nginxOrigin} did not answer 200`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stopEverything();
    throw error;
  }
});

after(stopEverything);

/** Polls every 250 ms until `check` holds, for at most `seconds`; returns how long it took. */
async function within(seconds: number, what: string, check: () => Promise<boolean>) {
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    if (await check().catch(() => false)) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${what}: not within ${seconds} s`);
}

const serves = (server: NextServer, text: string) => async () => {
  const { status, body } = await get(`${origin(server)}${storyPath}`);
  return status === 200 && body.includes(text);
};

test('a story saved while both run is served by each within 10 s, and so is its new headline', async () => {
  const publishedAt = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const first = `خبر نشر والخادمان يعملان ${Date.now()}`;
  await saveArabicStory(contentDir, STORY, { title: first, publishedAt });
  const published = await Promise.all(
    servers.map((server) =>
      within(10, `${origin(server)} serves the new story`, serves(server, first)),
    ),
  );
  // Each server now holds the page in its cache: the edit must make both copies stale.
  const edited = `عنوان مصحح والخادمان يعملان ${Date.now()}`;
  await saveArabicStory(contentDir, STORY, { title: edited, publishedAt });
  const corrected = await Promise.all(
    servers.map((server) =>
      within(10, `${origin(server)} serves the edit`, serves(server, edited)),
    ),
  );
  for (const server of servers) {
    const { body } = await get(`${origin(server)}${storyPath}`);
    assert.ok(!body.includes(first), `${origin(server)} still shows the first headline`);
  }
  console.log(`published on each server after ${published} ms, edit after ${corrected} ms`);
});

test('one server killed under load and restarted: no failed request, and it serves again', async () => {
  const result = await loadWhileRestarting({
    origin: nginxOrigin,
    path: SEED_PATH,
    connections: 50,
    seconds: 10,
    killAfterMs: 2_500,
    victim: () => children[1]!,
    restart: () => start(1),
    victimOrigin: origin(servers[1]!),
  });
  console.log(JSON.stringify(result));
  assert.ok(result.requests > 0, 'the load run sent no request');
  assert.equal(result.errors, 0, 'requests that failed');
  assert.equal(result.timeouts, 0, 'requests that timed out');
  assert.equal(result.non2xx, 0, 'answers other than 2xx');
  // While it started, the restarted server refused connections or said 503, never that the
  // story does not exist: its index was still empty.
  for (const [address, answers] of Object.entries(result.startAnswers)) {
    for (const what of Object.keys(answers)) {
      assert.ok(['ECONNREFUSED', '503', '200'].includes(what), `${address} answered ${what}`);
    }
  }
  const { status, body } = await get(`${origin(servers[1]!)}${SEED_PATH}`);
  assert.equal(status, 200);
  assert.match(body.trimEnd(), /<\/html>$/);
});
