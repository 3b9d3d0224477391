import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { latest, toRfc3339 } from './dates';
import { hreflangAlternates, type ArticleVersions } from '@/lib/seo/alternates';
import { canonicalUrl, homeUrl, lastModified } from './feed-article';

/**
 * The sitemap's entries: each locale's home, then every article in every locale, all with
 * hreflang alternates. Dates keep the article's own offset (RFC 3339).
 */
export function sitemapEntries(
  articles: readonly ArticleVersions[],
  origin: string,
): MetadataRoute.Sitemap {
  const homeLanguages: Record<string, string> = {};
  for (const locale of routing.locales) homeLanguages[locale] = homeUrl(locale, origin);
  homeLanguages['x-default'] = homeUrl(routing.defaultLocale, origin);

  const homes = routing.locales.map((locale): MetadataRoute.Sitemap[number] => {
    const newest = latest(
      articles
        .filter(({ article }) => article.locale === locale)
        .map(({ article }) => lastModified(article)),
    );
    return {
      url: homeUrl(locale, origin),
      ...(newest ? { lastModified: toRfc3339(newest) } : {}),
      alternates: { languages: homeLanguages },
    };
  });

  const pages = articles.map((entry): MetadataRoute.Sitemap[number] => ({
    url: canonicalUrl(entry.article, origin),
    lastModified: toRfc3339(lastModified(entry.article)),
    alternates: { languages: hreflangAlternates(entry, origin) },
  }));

  return [...homes, ...pages];
}
