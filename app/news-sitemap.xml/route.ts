import { routing, type Locale } from '@/i18n/routing';
import { getPublishedSince } from '@/lib/content';
import { siteText } from '@/lib/seo/feeds/load-feed';
import { buildNewsSitemap, NEWS_WINDOW_MS, XML_CONTENT_TYPE } from '@/lib/seo/feeds/news-sitemap';
import { liveFeedArticles } from '@/lib/seo/feeds/live-feed';
import { siteConfig } from '@/lib/site/config';

// Google News wants only articles published in the last two days *as of the crawl*. The file is
// cached like the pages, stale as soon as the content changes, and regenerated in the background
// at most every 30 s while it is asked for, so an article leaves the list within a minute of
// turning two days old and no request waits for generation.
export const revalidate = 30;

export async function GET() {
  const now = new Date();
  const articles = [
    ...(await getPublishedSince(new Date(now.getTime() - NEWS_WINDOW_MS))),
    ...(await liveFeedArticles()),
  ];
  const siteNames = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (locale) => [locale, (await siteText(locale)).siteName] as const),
    ),
  ) as Record<Locale, string>;
  const xml = buildNewsSitemap(articles, now, { origin: siteConfig.origin, siteNames });
  return new Response(xml, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
