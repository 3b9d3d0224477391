import type { MetadataRoute } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { latest, toRfc3339 } from '@/lib/dates/feed-dates';
import { hreflangAlternates, type ArticleVersions, type LinkedArticle } from '@/lib/seo/alternates';
import { canonicalUrl, homeUrl, lastModified } from './feed-article';

/**
 * Each locale's home, with hreflang alternates; its date is the latest change among the stories
 * it shows (`shown`, per locale). Dates keep the article's own offset (RFC 3339).
 */
export function homeEntries(
  shown: Partial<Record<Locale, readonly LinkedArticle[]>>,
  origin: string,
): MetadataRoute.Sitemap {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = homeUrl(locale, origin);
  languages['x-default'] = homeUrl(routing.defaultLocale, origin);
  return routing.locales.map((locale) => {
    const newest = latest((shown[locale] ?? []).map(lastModified));
    return {
      url: homeUrl(locale, origin),
      ...(newest ? { lastModified: toRfc3339(newest) } : {}),
      alternates: { languages },
    };
  });
}

/** One entry per story file, with hreflang alternates to its other language versions. */
export function storyEntries(
  articles: readonly ArticleVersions[],
  origin: string,
): MetadataRoute.Sitemap {
  return articles.map((entry) => ({
    url: canonicalUrl(entry.article, origin),
    lastModified: toRfc3339(lastModified(entry.article)),
    alternates: { languages: hreflangAlternates(entry, origin) },
  }));
}
