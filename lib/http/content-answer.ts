import { NextResponse, type NextRequest } from 'next/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { lookUpAddress } from '@/lib/content/address-lookup';
import { notFoundPage, withdrawnPage } from './locale-pages';

const HTML = 'text/html; charset=utf-8';

/**
 * 404 and 410 for addresses under a locale, answered from the content index; null for an address
 * a route renders. Both briefly cached: a scheduled story goes live at its time and a withdrawn
 * one can be reinstated, and neither answer may outlive that by more than a minute.
 */
export function contentAnswer(request: NextRequest, pathname: string): NextResponse | null {
  const [, locale = '', ...segments] = pathname.split('/');
  if (!hasLocale(routing.locales, locale)) return null;
  const preview = request.cookies.has('__prerender_bypass');
  const answer = lookUpAddress(locale, segments, { preview });
  if (answer === 'page' || answer === 'undecided') return null;
  if (answer === 'missing') {
    return new NextResponse(notFoundPage(locale), {
      status: 404,
      headers: { 'content-type': HTML, 'cache-control': 'public, max-age=10, s-maxage=30' },
    });
  }
  return new NextResponse(withdrawnPage(answer.withdrawn), {
    status: 410,
    headers: { 'content-type': HTML, 'cache-control': 'public, max-age=60' },
  });
}
