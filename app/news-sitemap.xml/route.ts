import { routing, type Locale } from '@/i18n/routing';
import { allArticles, siteText } from '@/lib/feeds/load-feed';
import { buildNewsSitemap, XML_CONTENT_TYPE } from '@/lib/feeds/news-sitemap';
import { siteConfig } from '@/lib/site-config';

// Freshness: Google News wants only articles published in the last two days *as of the crawl*,
// but a fully static file would freeze "now" at build time and keep listing (or never list)
// articles forever. So the file is static but regenerated at most hourly (ISR): it is written at
// build, and the first request after an hour gets the cached copy while a fresh one is built in
// the background. An article therefore leaves the list at most about an hour (plus the gap to
// the next request) after it turns two days old — well inside what Google tolerates — and no
// request ever waits for generation. Per-request rendering (force-dynamic) would be exact but
// gives up the static file for a window nobody needs to the second.
export const revalidate = 3600;

export async function GET() {
  const articles = await allArticles();
  const siteNames = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (locale) => [locale, (await siteText(locale)).siteName] as const),
    ),
  ) as Record<Locale, string>;
  const xml = buildNewsSitemap(articles, new Date(), { origin: siteConfig.origin, siteNames });
  return new Response(xml, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
