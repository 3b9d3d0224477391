import type { Locale } from '@/i18n/routing';
import { toRfc3339 } from '@/lib/dates/feed-dates';
import { canonicalUrl, type FeedArticle } from './feed-article';
import { el, renderXmlDocument } from '@/lib/util/xml';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** Google News lists only articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** And at most 1,000 of them in one sitemap. */
const NEWS_MAX_URLS = 1000;

export interface NewsSitemapOptions {
  origin: string;
  /** messages/<locale>.json `Metadata.siteName`: the publication's name in each language. */
  siteNames: Readonly<Record<Locale, string>>;
}

/** Published within two days before `now` (an article dated after `now` is not out yet). */
export function isRecent(article: Pick<FeedArticle, 'publishedAt'>, now: Date): boolean {
  const age = now.getTime() - Date.parse(article.publishedAt);
  return age >= 0 && age <= NEWS_WINDOW_MS;
}

/**
 * The Google News sitemap as of `now`: every locale's recent articles, newest first. With none
 * recent it is an empty urlset, which is valid.
 */
export function buildNewsSitemap(
  articles: readonly FeedArticle[],
  now: Date,
  { origin, siteNames }: NewsSitemapOptions,
): string {
  const recent = articles
    .filter((article) => isRecent(article, now))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_MAX_URLS);

  const urls = recent.map((article) =>
    el('url', null, [
      el('loc', null, canonicalUrl(article, origin)),
      el('news:news', null, [
        el('news:publication', null, [
          el('news:name', null, siteNames[article.locale]),
          el('news:language', null, article.locale),
        ]),
        el('news:publication_date', null, toRfc3339(article.publishedAt)),
        el('news:title', null, article.title),
      ]),
    ]),
  );

  return renderXmlDocument(el('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, urls));
}
