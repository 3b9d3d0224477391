import { routing, type Locale } from '@/i18n/routing';
import { canonicalUrl, type FeedArticle } from '@/lib/seo/feeds/feed-article';

/** What names a story's URL and says when it last changed: all a sitemap entry needs. */
export type LinkedArticle = Pick<
  FeedArticle,
  'locale' | 'slug' | 'publishedAt' | 'updatedAt' | 'kind'
>;

/** An article with every language version of it that exists (itself included). */
export interface ArticleVersions<T extends LinkedArticle = LinkedArticle> {
  article: T;
  versions: Partial<Record<Locale, T>>;
}

/**
 * hreflang alternates: one canonical URL per existing language version, then x-default, which is
 * the Arabic version when there is one (the site's first language) and the article itself when not.
 */
export function hreflangAlternates(
  { article, versions }: ArticleVersions,
  origin: string,
): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const version = versions[locale];
    if (version) languages[locale] = canonicalUrl(version, origin);
  }
  languages['x-default'] = languages[routing.defaultLocale] ?? canonicalUrl(article, origin);
  return languages;
}
