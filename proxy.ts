import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';
import { contentAnswer } from './lib/http/content-answer';
import { isValidRouterState } from './lib/http/router-state';
import { statusResponse } from './lib/http/status-page';
import { isWellEncodedPath } from './lib/util/percent-encoding';
import { startingAnswer } from './lib/http/starting';

const intlProxy = createMiddleware(routing);

const LOCALE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$/i;
// Folders of files only: a path there without an extension is no page in any language.
const FILE_FOLDERS = new Set(['og', '_img', 'icons']);
const HAS_EXTENSION = /\.[a-z0-9]+$/i;
// Routes outside the locales that are neither files nor pages: the process's health (app/healthz).
const ROOT_ROUTES = new Set(['/healthz']);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Requests with a body never come here (see `missing` in the matcher); bodiless ones may still
  // use any method. The site only reads.
  if (request.method !== 'GET' && request.method !== 'HEAD') return statusResponse(405);
  // Next.js would answer a path it cannot decode with a bare 500; it is the client's error.
  if (!isWellEncodedPath(pathname)) return statusResponse(400);
  const routerState = request.headers.get('next-router-state-tree');
  if (routerState !== null && !isValidRouterState(routerState)) return statusResponse(400);
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const target = (pathname.replace(/\/+$/, '') || '/') + request.nextUrl.search;
    const response = NextResponse.redirect(new URL(target, request.url), 308);
    response.headers.set('cache-control', 'public, max-age=3600');
    return response;
  }
  const [, first = ''] = pathname.split('/');
  // Locale pages and files come here only for the checks above, once the content is read.
  if (hasLocale(routing.locales, first)) {
    return startingAnswer() ?? contentAnswer(request, pathname) ?? NextResponse.next();
  }
  if (first === '_next' || HAS_EXTENSION.test(pathname) || ROOT_ROUTES.has(pathname)) {
    return NextResponse.next();
  }
  // `/fr/...`, `/ar-IQ/...` or `/cgi-bin/...` names a locale we do not publish: 404 in place rather
  // than a redirect to a page that does not exist. Answered here, not by rewriting to the app's
  // 404: Next.js treats a proxy rewrite as a request to another server (its URL is built from
  // `localhost` and X-Forwarded-Proto) and answered 500 when that said https.
  if (LOCALE_LIKE.test(first) || FILE_FOLDERS.has(first)) return statusResponse(404);
  return intlProxy(request);
}

// Next.js reads this config statically, so the patterns are spelled out, each with the same
// `missing`: a request with a body (next.config.mjs refuses it) must not reach the proxy, which
// would buffer up to 10 MB of it and log an error when the client hangs up.
// [89ABab][0-9A-Fa-f] is a UTF-8 continuation byte.
export const config = {
  matcher: [
    // Unprefixed paths (`/`, `/news/...`) go to their Arabic address. Assets and files never pass
    // through the proxy...
    {
      source: '/',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/((?!ar(?:/|$)|en(?:/|$)|_next/|.*\\.[a-z0-9]+$).*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // Addresses under a locale that may name nothing (a story, a listing, any unknown path), for
    // their 404 or 410 (lib/content/address-lookup.ts), or 503 while the content is not read yet
    // (lib/http/starting.ts); the home page and the feeds always exist;
    {
      source: '/:locale(ar|en)/:path(news/.+|section/.+|tag/.+)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source:
        '/:locale(ar|en)/:path((?!news/|section/|tag/|feed\\.xml$|atom\\.xml$|preview(?:/|$)).+)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // ...unless they end in `/` (Next.js's own redirect would carry no headers),
    {
      source: '/:path(.+/)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // carry a router state (client navigations) to check,
    {
      source: '/:path(.*)',
      has: [{ type: 'header', key: 'next-router-state-tree' }],
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // or their percent-encoding is broken: a stray `%`, a lead byte without its continuation
    // bytes, a byte that never starts UTF-8, or a lone continuation byte. Well-encoded Arabic
    // paths match none of these.
    {
      source: '/:path(.*%(?![0-9A-Fa-f]{2}).*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[CcDd][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]).*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ee][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]).*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source:
        '/:path(.*%[Ff][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]).*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Cc][01].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ff][5-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*[^0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*[^%0-9A-Fa-f][0-9A-Fa-f]{1,2}%[89ABab][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*[0-9A-Fa-f]{3}%[89ABab][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[0-7][0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[CcDd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ee][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){3}.*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    {
      source: '/:path(.*%[Ee]0%[89][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ee][Dd]%[AaBb][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ff]0%8[0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
    {
      source: '/:path(.*%[Ff]4%[9AaBb][0-9A-Fa-f].*)',
      missing: [
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
