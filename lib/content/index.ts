import type { Locale } from '@/i18n/routing';
import { pageWindow, type Page } from '@/lib/util/pagination';
import { ContentError, type Article } from './article';
import { liveContent } from './live-content';
import type { Section } from './sections';
import type { StoryIndex, StoryRef, TagSummary } from './story-index';
import { isPreviewable, isPublicAt, visibilityAt } from './visibility';

export type { Article } from './article';
export type { TagSummary } from './story-index';
export { bodyHtml } from './article';

const RELATED_LIMIT = 4;

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The content index as it is now. A running server keeps serving the last good version of a
 * broken file; a build publishes nothing from half-checked content, so any problem stops it.
 */
export async function getIndex(): Promise<StoryIndex> {
  const live = liveContent();
  await live.ready;
  if (isBuild() && live.store.problems.length > 0) throw new ContentError(live.store.problems);
  return live.store.index;
}

/** A locale's newest readable stories: no drafts, no withdrawn ones, none scheduled ahead. */
export async function getLatest(locale: Locale, limit: number, offset = 0): Promise<Article[]> {
  return (await getIndex()).latest(locale, new Date(), limit, offset);
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
  const article = (await getIndex()).bySlug(locale, slug);
  if (!article) return null;
  return (preview ? isPreviewable(article) : isPublicAt(article, new Date())) ? article : null;
}

/** Every readable language version of a story, the article itself included. */
async function readableVersions(id: string): Promise<Article[]> {
  const now = new Date();
  return (await getIndex()).byId(id).filter((version) => isPublicAt(version, now));
}

/** A story by its folder name, for what is named by id (Open Graph cards); null when unreadable. */
export async function getArticleById(locale: Locale, id: string): Promise<Article | null> {
  return (await readableVersions(id)).find((a) => a.locale === locale) ?? null;
}

/** A withdrawn story, for the page that says so; null for any other. */
export async function getWithdrawn(locale: Locale, slug: string): Promise<Article | null> {
  const article = (await getIndex()).bySlug(locale, slug);
  return article && visibilityAt(article, new Date()) === 'withdrawn' ? article : null;
}

/** The same story in another locale, when it has been translated and is readable. */
export async function getTranslation(article: Article, locale: Locale): Promise<Article | null> {
  return (await getVersions(article))[locale] ?? null;
}

export async function getVersions(article: Article): Promise<Partial<Record<Locale, Article>>> {
  const versions = await readableVersions(article.id);
  return Object.fromEntries(versions.map((version) => [version.locale, version]));
}

/**
 * Stories to read after this one: those sharing its section or a tag first, then the latest
 * others; never the story itself. Asked per page, so a story published a minute ago is offered.
 */
export async function getRelated(article: Article): Promise<Article[]> {
  const index = await getIndex();
  const now = new Date();
  const related = index.related(article, now, RELATED_LIMIT);
  if (related.length === RELATED_LIMIT) return related;
  const taken = new Set([article.file, ...related.map((other) => other.file)]);
  const latest = index.latest(article.locale, now, RELATED_LIMIT + taken.size);
  return [...related, ...latest.filter((other) => !taken.has(other.file))].slice(0, RELATED_LIMIT);
}

/** One page of a listing from its total; null for a page past the end or an empty listing. */
function listingPage(
  total: number,
  pageNumber: number,
  read: (limit: number, offset: number) => Article[],
): Page<Article> | null {
  const window = total > 0 ? pageWindow(total, pageNumber) : null;
  if (!window) return null;
  const { page, totalPages, size, offset } = window;
  return { page, totalPages, items: read(size, offset) };
}

export async function getSectionPage(
  locale: Locale,
  section: Section,
  pageNumber: number,
): Promise<Page<Article> | null> {
  const index = await getIndex();
  const now = new Date();
  return listingPage(index.sectionCount(locale, section, now), pageNumber, (limit, offset) =>
    index.section(locale, section, now, limit, offset),
  );
}

/** A section's newest readable stories. */
export async function getSectionLatest(
  locale: Locale,
  section: Section,
  limit: number,
): Promise<Article[]> {
  return (await getIndex()).section(locale, section, new Date(), limit);
}

export interface TagPage {
  tag: string;
  slug: string;
  page: Page<Article>;
}

export async function getTagPage(
  locale: Locale,
  slug: string,
  pageNumber: number,
): Promise<TagPage | null> {
  const index = await getIndex();
  const now = new Date();
  const tag = index.tagName(locale, slug, now);
  const page =
    tag === null
      ? null
      : listingPage(index.tagCount(locale, slug, now), pageNumber, (limit, offset) =>
          index.tag(locale, slug, now, limit, offset),
        );
  return tag !== null && page ? { tag, slug, page } : null;
}

/** The tags on most readable stories in a locale, most used first. */
export async function getTopTags(locale: Locale, limit: number): Promise<TagSummary[]> {
  return (await getIndex()).topTags(locale, new Date(), limit);
}

/** Readable stories in every locale published at `since` or later, newest first. */
export async function getPublishedSince(since: Date): Promise<Article[]> {
  return (await getIndex()).since(since, new Date());
}

/** A story with every readable language version of it (itself included). */
export interface StoryVersions {
  article: StoryRef;
  versions: Partial<Record<Locale, StoryRef>>;
}

/** How many readable story files there are in every locale. */
export async function countStories(): Promise<number> {
  return (await getIndex()).everywhereCount(new Date());
}

/**
 * Readable stories in every locale, oldest first (so a new story joins the end and older sitemap
 * files stay as they were), each with its readable versions.
 */
export async function getStoryVersions(limit: number, offset: number): Promise<StoryVersions[]> {
  const index = await getIndex();
  const now = new Date();
  const stories = index.everywhere(now, limit, offset);
  const byId = new Map<string, Partial<Record<Locale, StoryRef>>>();
  for (const ref of index.refsOf([...new Set(stories.map((story) => story.id))], now)) {
    byId.set(ref.id, { ...byId.get(ref.id), [ref.locale]: ref });
  }
  return stories.map((article) => ({ article, versions: byId.get(article.id) ?? {} }));
}
