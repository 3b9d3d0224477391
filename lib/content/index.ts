import type { Locale } from '@/i18n/routing';
import { ContentError, type Article } from './article';
import {
  relatedTo,
  sectionKey,
  slugKey,
  tagKey,
  type ContentIndex,
  type TagListing,
} from './content-index';
import { contentSnapshot } from './live-content';
import type { Section } from './sections';
import { isPreviewable, isPublicAt, visibilityAt } from './visibility';

export type { Article, ArticleImage, ContentProblem } from './article';
export type { TagListing } from './content-index';
export { ContentError } from './article';

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The content as it is now. A running server keeps serving the last good version of a broken
 * file; a build publishes nothing from half-checked content, so any problem stops it.
 */
async function getIndex(): Promise<ContentIndex> {
  const { index, problems } = await contentSnapshot();
  if (isBuild() && problems.length > 0) throw new ContentError(problems);
  return index;
}

/** Only stories readers may see now: no drafts, no withdrawn ones, none scheduled ahead. */
const readable = (articles: readonly Article[] = [], now = new Date()) =>
  articles.filter((article) => isPublicAt(article, now));

/** Articles in a locale, newest first. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  return readable((await getIndex()).byLocale.get(locale));
}

export interface LookupOptions {
  /** An editor in Draft Mode also gets drafts and stories scheduled ahead. */
  preview?: boolean;
}

/** Looks an article up by its decoded slug; null when readers may not see it. */
export async function getArticle(
  locale: Locale,
  slug: string,
  { preview = false }: LookupOptions = {},
): Promise<Article | null> {
  const article = (await getIndex()).bySlug.get(slugKey(locale, slug));
  if (!article) return null;
  return (preview ? isPreviewable(article) : isPublicAt(article, new Date())) ? article : null;
}

/** A story by its folder name, for what is named by id (Open Graph cards); null when unreadable. */
export async function getArticleById(locale: Locale, id: string): Promise<Article | null> {
  return readable((await getIndex()).byId.get(id)).find((a) => a.locale === locale) ?? null;
}

/** A withdrawn story, for the page that says so; null for any other. */
export async function getWithdrawn(locale: Locale, slug: string): Promise<Article | null> {
  const article = (await getIndex()).bySlug.get(slugKey(locale, slug));
  return article && visibilityAt(article, new Date()) === 'withdrawn' ? article : null;
}

/** The same story in another locale, when it has been translated and is readable. */
export async function getTranslation(article: Article, locale: Locale): Promise<Article | null> {
  return (await getVersions(article))[locale] ?? null;
}

/** Every readable language version of a story, the article itself included. */
export async function getVersions(article: Article): Promise<Partial<Record<Locale, Article>>> {
  const versions = readable((await getIndex()).byId.get(article.id));
  return Object.fromEntries(versions.map((version) => [version.locale, version]));
}

/** Stories to read after this one, among those readable now. */
export async function getRelated(article: Article): Promise<Article[]> {
  return relatedTo(article, await getArticles(article.locale));
}

export async function getSectionArticles(locale: Locale, section: Section): Promise<Article[]> {
  return readable((await getIndex()).bySection.get(sectionKey(locale, section)));
}

export async function getTagListing(locale: Locale, slug: string): Promise<TagListing | null> {
  const listing = (await getIndex()).byTag.get(tagKey(locale, slug));
  const articles = readable(listing?.articles);
  return listing && articles.length > 0 ? { ...listing, articles } : null;
}

export async function getTagListings(locale: Locale): Promise<TagListing[]> {
  const listings = [...(await getIndex()).byTag.values()].filter(
    (listing) => listing.articles[0]?.locale === locale,
  );
  return listings.flatMap((listing) => {
    const articles = readable(listing.articles);
    return articles.length > 0 ? [{ ...listing, articles }] : [];
  });
}
