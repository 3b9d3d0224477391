import type { Locale } from '@/i18n/routing';
import { ContentError, type Article } from './article';
import { loadContent } from './load-content';

export type { Article, ArticleImage, ContentProblem } from './article';
export { ContentError } from './article';

interface ContentIndex {
  all: Article[];
  bySlug: Map<string, Article>;
  byId: Map<string, Article[]>;
}

let index: Promise<ContentIndex> | undefined;

async function buildIndex(): Promise<ContentIndex> {
  const { articles, problems } = await loadContent();
  // One broken file stops the whole build, so no page is published from half-checked content.
  if (problems.length > 0) throw new ContentError(problems);
  const byId = new Map<string, Article[]>();
  for (const article of articles) byId.set(article.id, [...(byId.get(article.id) ?? []), article]);
  return {
    all: articles,
    bySlug: new Map(articles.map((article) => [`${article.locale}/${article.slug}`, article])),
    byId,
  };
}

function getIndex(): Promise<ContentIndex> {
  index ??= buildIndex();
  return index;
}

/** Articles in a locale, newest first. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  return (await getIndex()).all.filter((article) => article.locale === locale);
}

/** Looks an article up by its decoded slug; null when there is none. */
export async function getArticle(locale: Locale, slug: string): Promise<Article | null> {
  return (await getIndex()).bySlug.get(`${locale}/${slug}`) ?? null;
}

/** The same story in another locale, when it has been translated. */
export async function getTranslation(article: Article, locale: Locale): Promise<Article | null> {
  const versions = (await getIndex()).byId.get(article.id) ?? [];
  return versions.find((version) => version.locale === locale) ?? null;
}

/** Every language version of a story, the article itself included. */
export async function getVersions(article: Article): Promise<Partial<Record<Locale, Article>>> {
  const versions = (await getIndex()).byId.get(article.id) ?? [];
  return Object.fromEntries(versions.map((version) => [version.locale, version]));
}
