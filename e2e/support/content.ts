import { loadContent } from '../../lib/content/load-content';
import type { Article } from '../../lib/content/article';

/** The articles the site was built from, read the same way the build reads them. */
export async function builtArticles(locale: 'ar' | 'en'): Promise<Article[]> {
  const { articles, problems } = await loadContent();
  if (problems.length > 0) throw new Error('content has problems; the build would have failed');
  return articles.filter((article) => article.locale === locale);
}

export const pathOf = (article: Article) =>
  `/${article.locale}/news/${encodeURIComponent(article.slug)}`;
