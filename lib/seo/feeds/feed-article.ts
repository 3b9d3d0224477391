import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/article';
import type { Section } from '@/lib/content/sections';
import { FALLBACK_IMAGE, renditionPath } from '@/lib/media/images';
import { absoluteUrl, articlePath, homePath, livePath } from '@/lib/site/urls';

/**
 * What feeds and sitemaps read from an article (so tests can build one by hand); `kind: 'live'`
 * for a live page (lib/seo/feeds/live-feed.ts), whose address is under /live/.
 */
export type FeedArticle = { kind?: 'live' } & Pick<
  Article,
  | 'id'
  | 'locale'
  | 'slug'
  | 'title'
  | 'summary'
  | 'publishedAt'
  | 'updatedAt'
  | 'section'
  | 'image'
  | 'sources'
>;

/** Everything an RSS or Atom feed of one locale needs besides its articles. */
export interface FeedContext {
  locale: Locale;
  /** The site's public origin, e.g. https://news.example (siteConfig.origin in routes). */
  origin: string;
  /** messages/<locale>.json `Metadata.siteName` */
  siteName: string;
  /** messages/<locale>.json `Metadata.siteDescription` */
  description: string;
  /** messages/<locale>.json `Sections` */
  sectionNames: Readonly<Record<Section, string>>;
  /** Byte sizes of the renditions, keyed by URL path (see enclosurePath and renditionSizes). */
  fileSizes: ReadonlyMap<string, number>;
  /** Only an empty feed uses it, as its build date; otherwise the newest article's date is. */
  now: Date;
}

/** Feeds carry the 1200-px JPEG rendition: every reader and podcast app understands JPEG. */
const ENCLOSURE_WIDTH = 1200;
const ENCLOSURE_TYPE = 'image/jpeg';

/** The URL path of the image a feed item carries. */
export function enclosurePath(article: Pick<FeedArticle, 'image'>): string {
  return renditionPath((article.image ?? FALLBACK_IMAGE).src, ENCLOSURE_WIDTH, 'jpg');
}

export interface Enclosure {
  url: string;
  type: string;
  length: number;
}

export function enclosureOf(article: FeedArticle, context: FeedContext): Enclosure {
  const path = enclosurePath(article);
  const length = context.fileSizes.get(path);
  if (length === undefined) {
    throw new Error(
      `No byte size for ${path} (article ${article.locale}/${article.id}): ` +
        'pass the sizes renditionSizes() gives for every enclosurePath().',
    );
  }
  return { url: absoluteUrl(path, context.origin), type: ENCLOSURE_TYPE, length };
}

/** The canonical URL, percent-encoded once by articlePath (or livePath). */
export function canonicalUrl(
  article: Pick<FeedArticle, 'locale' | 'slug' | 'kind'>,
  origin: string,
): string {
  const path = article.kind === 'live' ? livePath : articlePath;
  return absoluteUrl(path(article.locale, article.slug), origin);
}

export function homeUrl(locale: Locale, origin: string): string {
  return absoluteUrl(homePath(locale), origin);
}

export function lastModified(article: Pick<FeedArticle, 'publishedAt' | 'updatedAt'>): string {
  return article.updatedAt ?? article.publishedAt;
}

/** One locale's articles, newest first (by publication, the order readers expect). */
export function newestFirst<T extends FeedArticle>(articles: readonly T[], locale: Locale): T[] {
  return articles
    .filter((article) => article.locale === locale)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

const LIST_SEPARATOR: Record<Locale, string> = { ar: '، ', en: ', ' };

/** "وكالات" or "Reuters, AFP": the article's sources, as its author line. */
export function sourcesLine(article: Pick<FeedArticle, 'sources' | 'locale'>): string {
  return article.sources.join(LIST_SEPARATOR[article.locale]);
}
