import type { DocTerms } from '@/lib/full-text/search-tables';
import { analyzeStory } from './story-terms';
import type { Article, ContentProblem } from './article';
import { findImageProblems } from './image-checks';
import type { ContentLocation } from './content-location';
import { loadArticleFolder } from './load-content';

/** A story folder's files, parsed and checked on their own (slugs are compared by the index). */
export interface CheckedFolder {
  id: string;
  /** Every story file the folder holds, parsed or not (project-relative, as in messages). */
  files: string[];
  /** The files that passed every check. */
  articles: Article[];
  /** Each article's words analysed for search, done here so that a pool's threads do it. */
  terms: DocTerms[];
  problems: ContentProblem[];
}

export async function checkFolder(location: ContentLocation, id: string): Promise<CheckedFolder> {
  const loaded = await loadArticleFolder(location, id);
  const problems = [...loaded.problems, ...(await findImageProblems(location, loaded.articles))];
  const badFiles = new Set(problems.map((problem) => problem.file));
  const articles = loaded.articles.filter((article) => !badFiles.has(article.file));
  return { id, files: loaded.files, articles, terms: articles.map(analyzeStory), problems };
}
