import type { Locale } from '@/i18n/routing';
import type { BodyBlock } from './markdown';
import type { FrontMatter } from './schema';

export type ArticleImage = NonNullable<FrontMatter['image']>;

export interface Article extends Omit<FrontMatter, 'updatedAt' | 'image'> {
  /** The folder name: one id for all translations of the story. */
  id: string;
  locale: Locale;
  updatedAt: string | null;
  /** Null when the story has no picture: pages and cards then use the site's own artwork. */
  image: ArticleImage | null;
  /** The body's top-level blocks, sanitised HTML each; pages decide how to show them. */
  body: readonly BodyBlock[];
  wordCount: number;
  /** Path relative to the project, for messages that name the file. */
  file: string;
}

/** The whole body as one HTML string, block after block. */
export function bodyHtml(article: Pick<Article, 'body'>): string {
  return article.body.map((block) => block.html).join('\n');
}

export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
  hint?: string;
}

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
  }
}

export function formatProblem({ file, field, message, hint }: ContentProblem): string {
  const where = field ? `${file}: field "${field}"` : file;
  return `${where} ${message}${hint ? ` (fix: ${hint})` : ''}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Content check failed with ${count}:`,
    ...problems.map((p) => `  - ${formatProblem(p)}`),
  ].join('\n');
}
