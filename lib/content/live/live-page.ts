import type { Locale } from '@/i18n/routing';
import type { ArticleImage } from '@/lib/content/article';
import type { LivePageFrontMatter, LivePostFrontMatter } from './live-schema';

export interface LivePost extends Omit<LivePostFrontMatter, 'updatedAt' | 'headline'> {
  /** The file name without `.<locale>.md`: one id for the post in every language, and its anchor. */
  id: string;
  locale: Locale;
  updatedAt: string | null;
  headline: string | null;
  /** Sanitised HTML of the body. */
  html: string;
  /** The body as plain text, for structured data. */
  text: string;
  file: string;
}

export interface LivePageMeta extends Omit<LivePageFrontMatter, 'endedAt' | 'image'> {
  /** The folder name: one id for every language version of the coverage. */
  id: string;
  locale: Locale;
  endedAt: string | null;
  image: ArticleImage | null;
  file: string;
}

export interface LivePage extends LivePageMeta {
  /** Newest first. */
  posts: LivePost[];
}

/** Newest first; posts saved with the same time keep the order of their ids. */
export function newestPostsFirst(posts: LivePost[]): LivePost[] {
  return posts.sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id.localeCompare(a.id),
  );
}

export const isLive = (page: Pick<LivePageMeta, 'status'>) => page.status === 'live';
