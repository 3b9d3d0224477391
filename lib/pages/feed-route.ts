import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import type { FeedArticle, FeedContext } from '@/lib/seo/feeds/feed-article';
import { loadFeed } from '@/lib/seo/feeds/load-feed';

export function feedStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The GET handler of a per-locale feed route: RSS and Atom differ only in builder and type. */
export function feedHandler(
  build: (articles: readonly FeedArticle[], context: FeedContext) => string,
  contentType: string,
) {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<{ locale: string }> },
  ) {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return new Response('Not Found', { status: 404 });
    const { articles, context } = await loadFeed(locale);
    return new Response(build(articles, context), { headers: { 'Content-Type': contentType } });
  };
}
