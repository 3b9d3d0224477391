import { absoluteUrl, atomPath } from '@/lib/site/urls';
import { latest, toRfc3339 } from '@/lib/dates/feed-dates';
import {
  canonicalUrl,
  enclosureOf,
  homeUrl,
  lastModified,
  newestFirst,
  sourcesLine,
  type FeedArticle,
  type FeedContext,
} from './feed-article';
import { el, renderXmlDocument } from '@/lib/util/xml';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** Atom 1.0 for one locale: newest first; each entry's id is its canonical URL. */
export function buildAtom(articles: readonly FeedArticle[], context: FeedContext): string {
  const { locale, origin } = context;
  const entries = newestFirst(articles, locale);
  const home = homeUrl(locale, origin);
  const updated = latest(entries.map(lastModified));

  const feed = el('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': locale }, [
    el('id', null, home),
    el('title', null, context.siteName),
    el('subtitle', null, context.description),
    el('updated', null, toRfc3339(updated ?? context.now)),
    el('link', {
      rel: 'self',
      type: 'application/atom+xml',
      href: absoluteUrl(atomPath(locale), origin),
    }),
    el('link', { rel: 'alternate', type: 'text/html', hreflang: locale, href: home }),
    ...entries.map((article) => {
      const url = canonicalUrl(article, origin);
      const enclosure = enclosureOf(article, context);
      return el('entry', null, [
        el('id', null, url),
        el('title', null, article.title),
        el('link', { rel: 'alternate', type: 'text/html', href: url }),
        el('published', null, toRfc3339(article.publishedAt)),
        el('updated', null, toRfc3339(lastModified(article))),
        el('author', null, [el('name', null, sourcesLine(article))]),
        el('category', { term: context.sectionNames[article.section] }),
        el('summary', null, article.summary),
        el('link', {
          rel: 'enclosure',
          type: enclosure.type,
          length: enclosure.length,
          href: enclosure.url,
        }),
      ]);
    }),
  ]);

  return renderXmlDocument(feed);
}
