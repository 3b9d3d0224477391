import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { seedLivePath } from './support/live-fixture';
import { AR_PATH, EN_PATH } from './support/seed';

const run = promisify(execFile);
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

test('pages pass the Nu HTML Checker with no errors', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  const files: string[] = [];
  // The status is checked too: an error page in place of the article would validate as well.
  for (const [name, pagePath, status] of [
    ['ar-article', AR_PATH, 200],
    ['en-article', EN_PATH, 200],
    ['ar-home', '/ar', 200],
    ['en-home', '/en', 200],
    ['ar-lite-article', `${AR_PATH}/lite`, 200],
    ['en-lite-section', '/en/section/politics/lite', 200],
    ['ar-404', '/ar/news/missing', 404],
    ['ar-live', seedLivePath('ar'), 200],
    ['en-live', seedLivePath('en'), 200],
    ['ar-search', `/ar/search?q=${encodeURIComponent('بغداد')}`, 200],
    ['en-search-empty', '/en/search?q=nothing-matches-this&section=science', 200],
  ] as const) {
    const response = await request.get(pagePath);
    expect(response.status(), pagePath).toBe(status);
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, await response.text());
    files.push(file);
  }
  // vnu exits non-zero when it reports errors; the JSON on stderr says which.
  const { stderr } = await run(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stderr: string }) => error);
  const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  expect(messages.map((m) => `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message}`)).toEqual(
    [],
  );
});
