import { test } from '@playwright/test';

/** The nginx project (playwright.config.ts) runs the same requests through deploy/nginx.conf. */
export const behindNginx = () => test.info().project.metadata.behindNginx === true;

export interface Files {
  css: string;
  image: string;
  card: string;
}

export interface Shape {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The status `next start` answers with; `null` where Next.js answers before our code runs. */
  direct: number | null;
  nginx: number;
}

const BAD_STATES = ['garbage', '%', '[1]', encodeURIComponent('["",{"children":[1]}]')];
const UNKNOWN_LOCALES = ['/fr/x', '/EN', '/ar-IQ', '/cgi-bin/test', '/tag/x'];
// Ranges nothing can satisfy, and conditions no file of ours meets (it sends no ETag).
const CONDITIONS: { status: number; headers: Record<string, string> }[] = [
  { status: 416, headers: { range: 'bytes=5-1' } },
  { status: 416, headers: { range: 'bytes=999999999-' } },
  { status: 416, headers: { range: 'bytes=-0' } },
  { status: 412, headers: { 'if-match': '"nope"' } },
  { status: 412, headers: { 'if-unmodified-since': 'Mon, 01 Jan 1990 00:00:00 GMT' } },
];
const FORWARDED: Record<string, string>[] = [
  {},
  { 'x-forwarded-proto': 'https' },
  { 'x-forwarded-host': 'evil.example' },
  { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-forwarded-port': '443' },
];

/** Every request shape that once got a 500, a wrong status or a foreign redirect. */
export function requestShapes({ css, image, card }: Files): Shape[] {
  const files = [card, image, css, '/logo.png'];
  const get = (path: string, headers?: Record<string, string>) => ({
    method: 'GET',
    path,
    headers,
  });
  return [
    // Unknown locales: a rewrite that Next.js proxied to itself (over TLS with the https header).
    ...UNKNOWN_LOCALES.flatMap((path) =>
      FORWARDED.map((headers) => ({ ...get(path, headers), direct: 404, nginx: 404 })),
    ),
    { ...get('/fr/x', { host: 'evil.example' }), direct: 404, nginx: 421 },
    { ...get('/ar', { host: 'evil.example:8443' }), direct: 200, nginx: 421 },
    // File names nothing answers, outside the locales: the app's locale segment took them.
    ...[
      '/no-such-file.txt',
      '/wp-admin/setup.php',
      '/favicon.ico',
      '/images/missing.jpg',
      '/_next/missing',
      '/_next/static/missing.js',
    ].map((path) => ({ ...get(path), direct: 404, nginx: 404 })),
    // 404s and redirects in the asset folders: no day-long cache.
    ...['/og/ar/missing.jpg', '/_img/missing-480.avif', '/icons/missing.svg', '/_img/x'].map(
      (path) => ({ ...get(path), direct: 404, nginx: 404 }),
    ),
    { ...get(`${card}/`), direct: 308, nginx: 308 },
    { ...get('/_img/images/'), direct: 308, nginx: 308 },
    // Methods on files: Next.js's own 405 came out as 500.
    // OPTIONS on a static file gets Next.js's own 400 (before our code); cards and renditions
    // are routes, which refuse it like any method but GET and HEAD.
    ...[css, '/logo.png'].map((path) => ({ method: 'OPTIONS', path, direct: 400, nginx: 405 })),
    ...[card, image].map((path) => ({ method: 'OPTIONS', path, direct: 405, nginx: 405 })),
    ...files.flatMap((path) =>
      ['POST', 'PUT', 'DELETE', 'PATCH'].map((method) => ({
        method,
        path,
        direct: 405,
        nginx: 405,
      })),
    ),
    ...files.map((path) => ({ method: 'POST', path, body: 'x', direct: 405, nginx: 405 })),
    // Ranges and preconditions on files: Next.js's own 416 and 412 came out as 500.
    ...files.flatMap((path) =>
      CONDITIONS.map(({ status, headers }) => ({
        ...get(path, headers),
        direct: status,
        nginx: status,
      })),
    ),
    // TRACE: Next.js answers 500 where the proxy runs and the page where it does not; on a route
    // (cards, renditions) pages/_error.tsx turns its 500 into the 405.
    ...files.map((path) => ({ method: 'TRACE', path, direct: 405, nginx: 405 })),
    ...['/ar', '/news', '/fr/x'].map((path) => ({
      method: 'TRACE',
      path,
      direct: null,
      nginx: 405,
    })),
    { method: 'OPTIONS', path: '*', direct: null, nginx: 400 },
    // A router state Next.js cannot parse, on a page rendered per request.
    ...BAD_STATES.flatMap((state) =>
      ['/ar/no/such/page', '/fr/x'].map((path) => ({
        ...get(path, { rsc: '1', 'next-router-state-tree': state }),
        direct: 400,
        nginx: 400,
      })),
    ),
    // Pages: with a body the rewrite refuses them; without one only nginx sees the method.
    ...['PUT', 'DELETE', 'POST', 'PATCH'].map((method) => ({
      method,
      path: '/ar',
      body: 'x',
      direct: 405,
      nginx: 405,
    })),
    ...['PUT', 'DELETE'].map((method) => ({ method, path: '/ar', direct: null, nginx: 405 })),
    { method: 'OPTIONS', path: '/ar', direct: 400, nginx: 405 },
    ...['PUT', 'DELETE', 'OPTIONS'].map((method) => ({
      method,
      path: '/news',
      direct: 405,
      nginx: 405,
    })),
    { method: 'GET', path: '/ar', body: 'x', direct: 413, nginx: 413 },
    {
      method: 'PUT',
      path: '/ar',
      headers: { 'transfer-encoding': 'chunked' },
      body: 'x',
      direct: 405,
      nginx: 405,
    },
    // An absolute-form target: Next.js echoes its host into a 308.
    { ...get('http://evil.example/ar'), direct: null, nginx: 421 },
    // Redirects carry the headers: Next.js's own `//` redirect comes before any of our code.
    { ...get('/ar/'), direct: 308, nginx: 308 },
    { ...get('/news'), direct: 307, nginx: 307 },
    { ...get('//ar'), direct: null, nginx: 308 },
    { ...get('/ar/%E0'), direct: 400, nginx: 400 },
    // The image optimiser is off.
    { ...get('/_next/image?url=%2Flogo.png&w=64&q=75'), direct: 404, nginx: 404 },
  ];
}
