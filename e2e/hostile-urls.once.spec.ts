import { expect, test } from '@playwright/test';
import { behindNginx, requestShapes, type Files } from './support/hostile-requests';
import { connect, rawRequest, type RawResponse } from './support/raw-request';
import { AR_PATH, AR_SLUG } from './support/seed';
import { SECURITY_HEADERS } from '../lib/http/security-headers.mjs';

// mulberry32: a small deterministic generator, so a failure names a request that can be replayed.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const enc = encodeURIComponent;
const TATWEEL = '\u0640';

function hostilePaths(): string[] {
  const next = random(20261129);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const byte = () =>
    `%${Math.floor(next() * 256)
      .toString(16)
      .toUpperCase()
      .padStart(2, '0')}`;
  const prefixes = [
    '/',
    '/ar/',
    '/en/',
    '/ar/news/',
    '/en/news/',
    '/ar/section/',
    '/ar/tag/',
    '/news/',
    '/fr/',
    '/_next/static/',
    '/_img/',
    '/og/ar/',
    '/images/',
  ];
  const fixed = [
    '%',
    '%D8',
    '%E0%A4%A',
    '%C0%AF',
    '%C0%AE%C0%AE%C0%AF',
    '%00',
    'a%00b',
    '%ZZ',
    '%%',
    '%25',
    '%u0041',
    '%F0%9F%92',
    '%ED%A0%80',
    '..',
    '../',
    '../../package.json',
    '..%2F..%2Fpackage.json',
    '%2e%2e%2fpackage.json',
    '%2E%2E/%2E%2E/etc/passwd',
    '..%5c..%5cpackage.json',
    '..\\..\\package.json',
    '....//....//package.json',
    '.%2e/.%2e/package.json',
    enc(enc(AR_SLUG)),
    enc(AR_SLUG.normalize('NFD')),
    enc(AR_SLUG.replace('ي', `ي${TATWEEL}`)),
    enc(AR_SLUG.replace('أمني', 'أمنيّ')),
    enc(AR_SLUG.replace(/[\u064B-\u0652]/g, '')),
    enc(AR_SLUG).toLowerCase(),
    'x'.repeat(8 * 1024),
    `${enc(AR_SLUG)}/${'a'.repeat(4000)}`,
    '?q=%E0',
    `${enc(AR_SLUG)}?__proto__[x]=1`,
    '?<script>alert(1)</script>',
  ];
  const redirectProbes = [
    '//evil.example',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/\\/evil.example',
    '//evil.example/%2e%2e',
    '///evil.example',
    '/news//evil.example',
    '/%09/evil.example',
    '/https://evil.example',
  ];
  const paths = new Set<string>();
  for (const prefix of prefixes) for (const tail of fixed) paths.add(prefix + tail);
  for (const probe of redirectProbes) {
    paths.add(probe);
    for (const prefix of ['/ar', '/en', '/news', '/fr']) paths.add(prefix + probe);
  }
  // Bounded: a generator that repeated itself must not spin forever.
  for (let attempt = 0; paths.size < 2100 && attempt < 100_000; attempt += 1) {
    const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
      Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        next() < 0.6 ? byte() : pick(['a', 'ي', '.', '-', '~', '%', '\\', ';', '"', '<']),
      ).join(''),
    );
    paths.add(
      pick(prefixes) +
        parts.map((part) => (/[^\x21-\x7e]/.test(part) ? enc(part) : part)).join('/'),
    );
  }
  return [...paths];
}

test('2,000+ hostile requests get 200, a same-origin redirect, 400 or 404, never 5xx', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const requests = hostilePaths().flatMap((path, i) => [
    { method: i % 7 === 0 ? 'HEAD' : i % 11 === 0 ? 'OPTIONS' : 'GET', path },
  ]);
  expect(requests.length).toBeGreaterThanOrEqual(2000);
  const failures: string[] = [];
  let cursor = 0;
  async function worker() {
    while (cursor < requests.length) {
      const { method, path } = requests[cursor++]!;
      const response = await rawRequest(baseURL!, path, method).catch((error: Error) => ({
        status: 0,
        body: error.message,
        location: undefined,
      }));
      // Behind nginx an 8 KB path is longer than a request line may be.
      const ok =
        [200, 204, 400, 404, 405, ...(behindNginx() ? [414] : [])].includes(response.status) ||
        (response.status >= 300 && response.status < 400);
      if (!ok) failures.push(`${response.status} ${method} ${path.slice(0, 120)}`);
      if (response.status >= 300 && response.status < 400) {
        const target = new URL(response.location ?? '', `${origin}/`);
        if (target.origin !== origin)
          failures.push(`open redirect ${method} ${path} → ${response.location}`);
      }
      // Next.js's error shell: a page whose text only scripts can show.
      if (response.body.includes('__next_error__')) failures.push(`empty shell: ${method} ${path}`);
      if (/"name": "alriwaq-news"|root:x:0:0|"compilerOptions"/.test(response.body)) {
        failures.push(`file contents leaked for ${path}`);
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(failures).toEqual([]);
});

/** Files of this build, found in its pages: hashed names change with every build. */
async function findFiles(baseURL: string): Promise<Files> {
  const home = await rawRequest(baseURL, '/ar');
  const article = await rawRequest(baseURL, AR_PATH);
  const css = /\/_next\/static\/[^"]+\.css/.exec(home.body)?.[0];
  const image = /\/_img\/[^" ,]+\.avif/.exec(article.body)?.[0];
  const card = /\/og\/ar\/[^"]+\.jpg/.exec(article.body)?.[0];
  if (!css || !image || !card) throw new Error('no stylesheet, image or card found in the pages');
  return { css, image, card };
}

/** Cached for longer than an hour (the asset folders' day, say). */
const cachedLong = (cacheControl: string) =>
  [...cacheControl.matchAll(/max-age=(\d+)/g)].some(([, seconds]) => Number(seconds) > 3600);

test('every hostile request shape gets its 4xx (or the page), with the headers, never a 500', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const files = await findFiles(baseURL!);
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  for (const shape of requestShapes(files)) {
    const expected = behindNginx() ? shape.nginx : shape.direct;
    // `null`: Next.js answers this one itself before any code of ours runs (README, Security).
    if (expected === null) continue;
    const label = `${shape.method} ${shape.path} ${JSON.stringify(shape.headers ?? {})}`;
    const response = await rawRequest(baseURL!, shape.path, shape.method, {
      headers: shape.headers,
      body: shape.body,
    }).catch((error: Error): RawResponse => ({ status: 0, headers: {}, body: error.message }));
    if (response.status !== expected)
      failures.push(`${response.status} (not ${expected}) ${label}`);
    for (const { key } of SECURITY_HEADERS) {
      if (!response.headers[key.toLowerCase()]) failures.push(`no ${key}: ${label}`);
    }
    if (response.headers['x-middleware-rewrite']) failures.push(`x-middleware-rewrite: ${label}`);
    const cache = String(response.headers['cache-control'] ?? '');
    if (response.status !== 200 && cachedLong(cache)) failures.push(`cached "${cache}": ${label}`);
    if (response.location && new URL(response.location, `${origin}/`).origin !== origin) {
      failures.push(`redirect to ${response.location}: ${label}`);
    }
    if (response.body.includes('__next_error__')) failures.push(`empty shell: ${label}`);
    if (response.status === 405 && response.headers.allow !== 'GET, HEAD') {
      failures.push(`405 without Allow: GET, HEAD: ${label}`);
    }
  }
  expect(failures).toEqual([]);
});

test('files that exist keep their long cache: a day, a year for a card named by its version', async ({
  baseURL,
}) => {
  const files = await findFiles(baseURL!);
  for (const [path, cache] of [
    [files.card, /^public, max-age=31536000, immutable$/],
    [files.image, /max-age=86400/],
    ['/icons/brands.svg', /max-age=86400/],
  ] as const) {
    const response = await rawRequest(baseURL!, path);
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toMatch(cache);
  }
});

test('a slow upload is refused at once, not after its 10 MB have arrived', async ({ baseURL }) => {
  const { hostname } = new URL(baseURL!);
  // The proxy's paths (`/news`) buffered the whole body before answering; pages never read it.
  for (const path of ['/news', '/ar', AR_PATH, '/fr/x']) {
    const status = await new Promise<string>((resolve) => {
      const socket = connect(baseURL!);
      socket.setTimeout(5_000, () => socket.destroy());
      socket.on('error', () => {});
      let answer = '';
      socket.on('data', (chunk: Buffer) => {
        answer ||= chunk.toString('latin1').split('\r\n')[0]!;
        socket.destroy();
      });
      socket.on('close', () => resolve(answer || 'no answer within 5 s'));
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(64 * 1024, 97));
    });
    expect(status, path).toMatch(/^HTTP\/1\.1 405/);
  }
});
