import { absoluteUrl, atomPath, rssPath } from '@/lib/site/urls';
import { latest, toRfc822 } from '@/lib/dates/feed-dates';
import {
  canonicalUrl,
  enclosureOf,
  homeUrl,
  lastModified,
  newestFirst,
  type FeedArticle,
  type FeedContext,
} from './feed-article';
import { el, escapeHtmlText, renderXmlDocument } from '@/lib/util/xml';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RSS 2.0 for one locale: newest first, one item per article, each with its image enclosed. */
export function buildRss(articles: readonly FeedArticle[], context: FeedContext): string {
  const { locale, origin } = context;
  const items = newestFirst(articles, locale);
  const built = latest(items.map(lastModified));

  const channel = el('channel', null, [
    el('title', null, context.siteName),
    el('link', null, homeUrl(locale, origin)),
    el('description', null, context.description),
    el('language', null, locale),
    el('atom:link', {
      href: absoluteUrl(rssPath(locale), origin),
      rel: 'self',
      type: 'application/rss+xml',
    }),
    el('atom:link', {
      href: absoluteUrl(atomPath(locale), origin),
      rel: 'alternate',
      type: 'application/atom+xml',
    }),
    el('lastBuildDate', null, toRfc822(built ?? context.now)),
    ...items.map((article) => {
      const url = canonicalUrl(article, origin);
      const enclosure = enclosureOf(article, context);
      return el('item', null, [
        el('title', null, article.title),
        el('link', null, url),
        el('guid', { isPermaLink: 'true' }, url),
        el('pubDate', null, toRfc822(article.publishedAt)),
        // Readers render an RSS description as HTML: the summary is text, so its markup is escaped
        // before the XML escaping (Atom's <summary> is text by definition and needs no such step).
        el('description', null, escapeHtmlText(article.summary)),
        el('category', null, context.sectionNames[article.section]),
        el('enclosure', { url: enclosure.url, length: enclosure.length, type: enclosure.type }),
      ]);
    }),
  ]);

  return renderXmlDocument(el('rss', { version: '2.0', 'xmlns:atom': ATOM_NS }, [channel]));
}
