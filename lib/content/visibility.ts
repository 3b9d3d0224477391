import type { Article } from './article';

/**
 * Who may see a story at a given moment. `public` stories are listed, fed and indexed; the
 * others answer as if they did not exist (404), except `withdrawn`, which answers 410.
 */
export type Visibility = 'public' | 'scheduled' | 'draft' | 'withdrawn';

type Facts = Pick<Article, 'draft' | 'withdrawn' | 'publishedAt'>;

export function visibilityAt(article: Facts, now: Date): Visibility {
  // A draft or a story not yet due was never public, so even when withdrawn it does not say so.
  if (article.draft) return 'draft';
  if (Date.parse(article.publishedAt) > now.getTime()) return 'scheduled';
  return article.withdrawn ? 'withdrawn' : 'public';
}

export const isPublicAt = (article: Facts, now: Date) => visibilityAt(article, now) === 'public';

/** Editors preview drafts and scheduled stories; withdrawn ones stay down even for them. */
export const isPreviewable = (article: Facts) => !article.withdrawn;
