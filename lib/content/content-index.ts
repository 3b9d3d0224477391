import type { Locale } from '@/i18n/routing';
import type { Article } from './article';
import type { Section } from './sections';
import { tagSlug } from './tags';

export interface TagListing {
  tag: string;
  slug: string;
  articles: Article[];
}

export interface ContentIndex {
  /** Every article, newest first. */
  all: Article[];
  byLocale: Map<Locale, Article[]>;
  bySlug: Map<string, Article>;
  byId: Map<string, Article[]>;
  bySection: Map<string, Article[]>;
  byTag: Map<string, TagListing>;
}

export const RELATED_LIMIT = 4;

const key = (locale: Locale, name: string) => `${locale}/${name}`;

function push<K, V>(map: Map<K, V[]>, k: K, value: V) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/**
 * Stories to read next among `sameLocale` (the locale's readable stories, newest first): never
 * the story itself, those sharing its section or a tag first, then the latest others. Asked per
 * page, so a story published a minute ago is offered at once.
 */
export function relatedTo(article: Article, sameLocale: readonly Article[]): Article[] {
  const tags = new Set(article.tags.map(tagSlug));
  const others = sameLocale.filter((other) => other !== article);
  const isRelated = (other: Article) =>
    other.section === article.section || other.tags.some((tag) => tags.has(tagSlug(tag)));
  return [...others.filter(isRelated), ...others.filter((other) => !isRelated(other))].slice(
    0,
    RELATED_LIMIT,
  );
}

/** Built from the accepted articles (sorted newest first) each time the content changes. */
export function buildContentIndex(articles: readonly Article[]): ContentIndex {
  const index: ContentIndex = {
    all: [...articles],
    byLocale: new Map(),
    bySlug: new Map(),
    byId: new Map(),
    bySection: new Map(),
    byTag: new Map(),
  };
  for (const article of articles) {
    push(index.byLocale, article.locale, article);
    index.bySlug.set(key(article.locale, article.slug), article);
    push(index.byId, article.id, article);
    push(index.bySection, key(article.locale, article.section), article);
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      const listing = index.byTag.get(key(article.locale, slug));
      if (listing) listing.articles.push(article);
      else index.byTag.set(key(article.locale, slug), { tag, slug, articles: [article] });
    }
  }
  return index;
}

export const sectionKey = (locale: Locale, section: Section) => key(locale, section);
export const tagKey = (locale: Locale, slug: string) => key(locale, slug);
export const slugKey = (locale: Locale, slug: string) => key(locale, slug);
