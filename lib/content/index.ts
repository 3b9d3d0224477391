import type { Locale } from '@/i18n/routing';
import { ContentError, type Article } from './article';
import {
  buildContentIndex,
  sectionKey,
  slugKey,
  tagKey,
  type ContentIndex,
  type TagListing,
} from './content-index';
import { loadContent } from './load-content';
import type { Section } from './sections';

export type { Article, ArticleImage, ContentProblem } from './article';
export type { TagListing } from './content-index';
export { ContentError } from './article';

let index: Promise<ContentIndex> | undefined;

async function buildIndex(): Promise<ContentIndex> {
  const { articles, problems } = await loadContent();
  // One broken file stops the whole build, so no page is published from half-checked content.
  if (problems.length > 0) throw new ContentError(problems);
  return buildContentIndex(articles);
}

/** Loaded and indexed once per process: pages ask, nothing re-reads files. */
function getIndex(): Promise<ContentIndex> {
  index ??= buildIndex();
  return index;
}

/** Articles in a locale, newest first. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  return (await getIndex()).byLocale.get(locale) ?? [];
}

/** Looks an article up by its decoded slug; null when there is none. */
export async function getArticle(locale: Locale, slug: string): Promise<Article | null> {
  return (await getIndex()).bySlug.get(slugKey(locale, slug)) ?? null;
}

/** The same story in another locale, when it has been translated. */
export async function getTranslation(article: Article, locale: Locale): Promise<Article | null> {
  return (await getVersions(article))[locale] ?? null;
}

/** Every language version of a story, the article itself included. */
export async function getVersions(article: Article): Promise<Partial<Record<Locale, Article>>> {
  const versions = (await getIndex()).byId.get(article.id) ?? [];
  return Object.fromEntries(versions.map((version) => [version.locale, version]));
}

/** Stories to read after this one, computed once at build. */
export async function getRelated(article: Article): Promise<Article[]> {
  return (await getIndex()).related.get(article) ?? [];
}

export async function getSectionArticles(locale: Locale, section: Section): Promise<Article[]> {
  return (await getIndex()).bySection.get(sectionKey(locale, section)) ?? [];
}

export async function getTagListing(locale: Locale, slug: string): Promise<TagListing | null> {
  return (await getIndex()).byTag.get(tagKey(locale, slug)) ?? null;
}

export async function getTagListings(locale: Locale): Promise<TagListing[]> {
  return [...(await getIndex()).byTag.values()].filter(
    (listing) => listing.articles[0]?.locale === locale,
  );
}
