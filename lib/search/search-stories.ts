import type { Locale } from '@/i18n/routing';
import { getIndex } from '@/lib/content';
import type { StoryIndex } from '@/lib/content/story-index';
import type { Section } from '@/lib/content/sections';
import { pageCount } from '@/lib/util/pagination';
import { siteConfig } from '@/lib/site/config';
import { getLivePages, type LivePage, type LivePost } from '@/lib/content/live';
import { articlePath, livePath, livePostPath } from '@/lib/site/urls';
import { livePageKey, livePostKey } from '@/lib/content/live/live-terms';
import { COUNT_LIMIT, type SearchKind } from '@/lib/full-text/search-tables';
import type { MatchMode } from '@/lib/full-text/query';
import { dayStart, type SearchParams } from './search-params';
import { markedSnippet, markedText, type SnippetPart } from '@/lib/full-text/snippet';
import { bodyText } from '@/lib/content/story-terms';

const RESULTS_PER_PAGE = 10;
const DAY_MS = 86_400_000;

export interface SearchResult {
  kind: SearchKind;
  href: string;
  title: SnippetPart[];
  publishedAt: string;
  section: Section;
  snippet: SnippetPart[];
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Matches counted, up to COUNT_LIMIT; `more` when there are others beyond it. */
  total: number;
  more: boolean;
  /** No story had every word: these have some of them. */
  partial: boolean;
  page: number;
  totalPages: number;
}

/** A live page or one of its posts, by its search key. */
export type LiveDocs = ReadonlyMap<string, { page: LivePage; post?: LivePost }>;

function liveDocs(pages: readonly LivePage[]): LiveDocs {
  const docs = new Map<string, { page: LivePage; post?: LivePost }>();
  for (const page of pages) {
    docs.set(livePageKey(page), { page });
    for (const post of page.posts) docs.set(livePostKey(page, post), { page, post });
  }
  return docs;
}

/**
 * Public stories, live pages and live posts matching the query, best first (newest first among
 * equals).
 */
export async function searchStories(locale: Locale, params: SearchParams): Promise<SearchOutcome> {
  const [index, pages] = await Promise.all([getIndex(), getLivePages(locale)]);
  return searchIndex(index, locale, params, siteConfig.timeZone, liveDocs(pages));
}

function liveResult(
  kind: SearchKind,
  { page, post }: { page: LivePage; post?: LivePost },
  words: SearchParams['query']['words'],
): SearchResult {
  if (!post) {
    return {
      kind,
      href: livePath(page.locale, page.slug),
      title: markedText(page.title, words),
      publishedAt: page.startedAt,
      section: page.section,
      snippet: markedSnippet(page.summary, words) ?? [{ text: page.summary, mark: false }],
    };
  }
  return {
    kind,
    href: livePostPath(page.locale, page.slug, post.id),
    title: markedText(post.headline ?? page.title, words),
    publishedAt: post.publishedAt,
    section: page.section,
    snippet: markedSnippet(post.text, words) ?? [{ text: post.text.slice(0, 200), mark: false }],
  };
}

/** The same, on a given index (the benchmark opens one of its own). */
export function searchIndex(
  index: StoryIndex,
  locale: Locale,
  params: SearchParams,
  timeZone: string,
  live: LiveDocs = new Map(),
): SearchOutcome {
  const { words } = params.query;
  const filters = {
    locale,
    section: params.section,
    from: params.from ? dayStart(params.from, timeZone) : 0,
    to: params.to ? dayStart(params.to, timeZone) + DAY_MS : Number.MAX_SAFE_INTEGER,
    now: Date.now(),
  };
  // A half-remembered query may hold a word the story does not: when no story has them all,
  // stories with some of them, those with most first (bm25 adds up what each word matched).
  let mode: MatchMode = 'all';
  let counted = index.search.count(words, filters, mode);
  if (counted === 0 && words.length > 1) {
    mode = 'any';
    counted = index.search.count(words, filters, mode);
  }
  const total = Math.min(counted, COUNT_LIMIT);
  const totalPages = pageCount(total, RESULTS_PER_PAGE);
  const page = Math.min(params.page, totalPages);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const hits = index.search.find(words, filters, RESULTS_PER_PAGE, offset, mode);
  const results = hits.flatMap((hit): SearchResult[] => {
    if (hit.kind !== 'story') {
      const doc = live.get(hit.key);
      return doc ? [liveResult(hit.kind, doc, words)] : [];
    }
    const article = index.story(hit.key);
    if (!article) return [];
    const snippet = markedSnippet(article.summary, words) ??
      markedSnippet(bodyText(article), words) ?? [{ text: article.summary, mark: false }];
    return [
      {
        kind: hit.kind,
        href: articlePath(article.locale, article.slug),
        title: markedText(article.title, words),
        publishedAt: article.publishedAt,
        section: article.section,
        snippet,
      },
    ];
  });
  return { results, total, more: counted > COUNT_LIMIT, page, totalPages, partial: mode === 'any' };
}
