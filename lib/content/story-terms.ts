import { bodyHtml, type Article } from '@/lib/content/article';
import { analyzeField } from '@/lib/full-text/analyze';
import type { DocTerms } from '@/lib/full-text/search-tables';
import { htmlText } from '@/lib/util/html-text';

type Indexed = Pick<Article, 'title' | 'summary' | 'tags' | 'body'>;

export const bodyText = (article: Pick<Article, 'body'>): string => htmlText(bodyHtml(article));

/** Costs about a millisecond a story: a first read does it on the check's worker threads. */
export function analyzeStory(article: Indexed): DocTerms {
  return {
    title: analyzeField(article.title),
    summary: analyzeField(`${article.summary}\n${article.tags.join('\n')}`),
    body: analyzeField(bodyText(article)),
  };
}
