import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, routing } from './i18n/routing';
import { findWithdrawn } from './lib/content/withdrawn';
import { decodeSlugParam } from './lib/slug-param';
import { withdrawnPage } from './lib/withdrawn-page';
import { isWellEncodedPath } from './lib/percent-encoding';

const intlProxy = createMiddleware(routing);

const BAD_REQUEST = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>400</title>
<h1>عنوان الصفحة غير صالح</h1><p><a href="/ar">العودة إلى الصفحة الرئيسية</a></p>
<p lang="en" dir="ltr">This address is not valid. <a href="/en">Go to the home page</a></p></html>`;

const LOCALE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$/i;
// No route claims this path, so the locale's catch-all renders its 404 page.
const UNKNOWN_LOCALE_PAGE = '_unknown-locale';

const ARTICLE_PATH = /^\/(ar|en)\/news\/([^/]+)$/;

/** A withdrawn story answers 410 with a page that says so; every other path goes on. */
function withdrawnAnswer(pathname: string): NextResponse | null {
  const [, locale, rawSlug] = ARTICLE_PATH.exec(pathname) ?? [];
  const slug = rawSlug && decodeSlugParam(rawSlug);
  if (!slug || !locale || !isLocale(locale)) return null;
  const article = findWithdrawn(locale, slug);
  if (!article) return null;
  return new NextResponse(withdrawnPage(article), {
    status: 410,
    // Briefly: a story can be reinstated, and the answer must not outlive that by much.
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}

export default function proxy(request: NextRequest) {
  // Next.js would answer a path it cannot decode with a bare 500; it is the client's error.
  if (!isWellEncodedPath(request.nextUrl.pathname)) {
    return new NextResponse(BAD_REQUEST, {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const [, first] = request.nextUrl.pathname.split('/');
  if (first && routing.locales.includes(first as (typeof routing.locales)[number])) {
    return withdrawnAnswer(request.nextUrl.pathname) ?? NextResponse.next();
  }
  // `/fr/...` or `/ar-IQ/...` names a locale we do not publish: answer 404 in Arabic rather
  // than redirecting to a page that does not exist.
  if (first && LOCALE_LIKE.test(first)) {
    return NextResponse.rewrite(
      new URL(`/${routing.defaultLocale}/${UNKNOWN_LOCALE_PAGE}`, request.url),
    );
  }
  return intlProxy(request);
}

// Next.js reads this config statically, so the patterns are spelled out; [89ABab][0-9A-Fa-f] is a
// UTF-8 continuation byte.
export const config = {
  matcher: [
    // Unprefixed paths (`/`, `/news/...`) go to their Arabic address. Locale-prefixed paths,
    // assets and files never pass through the proxy...
    '/',
    '/((?!ar(?:/|$)|en(?:/|$)|_next/|.*\\.[a-z0-9]+$).*)',
    // Story pages, for the 410 of a withdrawn story.
    '/:locale(ar|en)/news/:slug',
    // ...unless their percent-encoding is broken: a stray `%`, a lead byte without its
    // continuation bytes, a byte that never starts UTF-8, or a lone continuation byte.
    // Well-encoded Arabic paths match none of these.
    '/:path(.*%(?![0-9A-Fa-f]{2}).*)',
    '/:path(.*%[CcDd][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]).*)',
    '/:path(.*%[Ee][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]).*)',
    '/:path(.*%[Ff][0-9A-Fa-f](?!%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]).*)',
    '/:path(.*%[Cc][01].*)',
    '/:path(.*%[Ff][5-9A-Fa-f].*)',
    '/:path(.*[^0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
    '/:path(.*[^%0-9A-Fa-f][0-9A-Fa-f]{1,2}%[89ABab][0-9A-Fa-f].*)',
    '/:path(.*[0-9A-Fa-f]{3}%[89ABab][0-9A-Fa-f].*)',
    '/:path(.*%[0-7][0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
    '/:path(.*%[CcDd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f].*)',
    '/:path(.*%[Ee][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){3}.*)',
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    '/:path(.*%[Ee]0%[89][0-9A-Fa-f].*)',
    '/:path(.*%[Ee][Dd]%[AaBb][0-9A-Fa-f].*)',
    '/:path(.*%[Ff]0%8[0-9A-Fa-f].*)',
    '/:path(.*%[Ff]4%[9AaBb][0-9A-Fa-f].*)',
  ],
};
