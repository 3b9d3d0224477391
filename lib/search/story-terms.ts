import type { Article } from '@/lib/content/article';
import { analyzeField, type FieldTerms } from './analyze';
import { htmlText } from './html-text';

/** A story as the search index holds it: each field analysed (lib/search/analyze.ts). */
export interface StoryTerms {
  title: FieldTerms;
  /** The standfirst and the tags. */
  summary: FieldTerms;
  body: FieldTerms;
}

type Indexed = Pick<Article, 'title' | 'summary' | 'tags' | 'body'>;

export const bodyText = (article: Pick<Article, 'body'>): string =>
  htmlText(`${article.body.lead}\n${article.body.rest ?? ''}`);

/** Costs about a millisecond a story: a first read does it on the check's worker threads. */
export function analyzeStory(article: Indexed): StoryTerms {
  return {
    title: analyzeField(article.title),
    summary: analyzeField(`${article.summary}\n${article.tags.join('\n')}`),
    body: analyzeField(bodyText(article)),
  };
}
