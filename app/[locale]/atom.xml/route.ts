import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { ATOM_CONTENT_TYPE, buildAtom } from '@/lib/feeds/atom';
import { loadFeed } from '@/lib/feeds/load-feed';

// One static file per locale, written at build; nothing in it depends on the time of the request
// (its `updated` is the newest article's). Regenerated at most hourly like the pages, so a CDN
// keeps it for an hour (s-maxage=3600), not a year, and a corrected headline reaches readers soon.
export const dynamic = 'force-static';
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not Found', { status: 404 });
  const { articles, context } = await loadFeed(locale);
  return new Response(buildAtom(articles, context), {
    headers: { 'Content-Type': ATOM_CONTENT_TYPE },
  });
}
