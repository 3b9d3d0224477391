import type { Locale } from '@/i18n/routing';
import { pageCount, parsePageParam } from '@/lib/util/pagination';
import { decodeSlugParam } from '@/lib/util/slug-param';
import type { Article } from './article';
import type { LiveContent } from './live-content';
import { olderPosts } from '@/lib/content/live/paging';
import type { LiveStore } from '@/lib/content/live/live-store';
import { isSection } from './sections';
import type { StoryIndex } from './story-index';
import { visibilityAt } from './visibility';

const LIVE_CONTENT = Symbol.for('alriwaq.live-content');

/**
 * What an address under a locale names, decided from the content the server already holds, for
 * the proxy: it answers 404 and 410 itself, before any route renders. Next.js 16.3+ writes the
 * page of a `notFound()` into its script payload only (the HTML is an empty shell: blank without
 * JavaScript), and would render and cache a page for each unknown address a crawler invents.
 *
 * - `page`: a route renders it;
 * - `missing`: nothing there (404);
 * - an article: that story was withdrawn (410);
 * - `undecided`: left to the routes (content not loaded yet, or a route that decides itself).
 */
export type AddressAnswer = 'page' | 'missing' | 'undecided' | { withdrawn: Article };

/**
 * The first path segment of every route under app/[locale] (address-lookup.test.ts compares the
 * list with the folders), and what follows it: a story slug, a listing name with its page, nothing
 * (a file), or whatever that route decides itself.
 */
export const LOCALE_ROUTES = {
  news: 'story',
  section: 'listing',
  tag: 'listing',
  'feed.xml': 'file',
  'atom.xml': 'file',
  lite: 'file',
  'opensearch.xml': 'file',
  search: 'file',
  preview: 'own',
  live: 'live',
} as const;

type RouteKind = (typeof LOCALE_ROUTES)[keyof typeof LOCALE_ROUTES];

function held(): LiveContent | null {
  // Read through globalThis (types only here), so the content pipeline is not bundled into the
  // proxy a second time: the store is the one instrumentation.ts loaded, once it has read it all.
  const live = (globalThis as { [LIVE_CONTENT]?: LiveContent })[LIVE_CONTENT];
  return live?.lastRefreshAt ? live : null;
}

/** `[slug]`, `[slug, 'page', n]`, `[slug, 'updates']`; a post's address decides for itself. */
function liveAnswer(pages: LiveStore, locale: Locale, rest: string[]): AddressAnswer {
  const slug = decodeSlugParam(rest[0] ?? '');
  const page = slug === null ? null : pages.page(locale, slug);
  if (!page) return 'missing';
  if (rest.length === 1 || (rest.length === 2 && rest[1] === 'updates')) return 'page';
  if (rest.length === 3 && rest[1] === 'post') return 'undecided';
  const n = rest.length === 3 && rest[1] === 'page' ? parsePageParam(rest[2] ?? '') : null;
  return n !== null && olderPosts(page, n) ? 'page' : 'missing';
}

/**
 * `[name]` or `[name, 'page', n]` with n ≥ 2, and a section's `[name, 'lite']`: the page number,
 * or null for no such address.
 */
function listingPage(kind: 'section' | 'tag', rest: string[]): number | null {
  if (rest.length === 1) return 1;
  if (kind === 'section' && rest.length === 2 && rest[1] === 'lite') return 1;
  if (rest.length !== 3 || rest[1] !== 'page') return null;
  const page = parsePageParam(rest[2] ?? '');
  return page !== null && page >= 2 ? page : null;
}

function listingAnswer(
  index: StoryIndex,
  locale: Locale,
  kind: 'section' | 'tag',
  rest: string[],
  now: Date,
): AddressAnswer {
  const page = listingPage(kind, rest);
  const name = decodeSlugParam(rest[0] ?? '');
  if (page === null || name === null) return 'missing';
  const count =
    kind === 'tag'
      ? index.tagCount(locale, name, now)
      : isSection(name)
        ? index.sectionCount(locale, name, now)
        : 0;
  return count > 0 && page <= pageCount(count) ? 'page' : 'missing';
}

/** `[slug]`, or `[slug, 'lite']` for the story's lite page. */
function storyAnswer(index: StoryIndex, locale: Locale, rest: string[], now: Date) {
  const named = rest.length === 1 || (rest.length === 2 && rest[1] === 'lite');
  const slug = named ? decodeSlugParam(rest[0] ?? '') : null;
  const article = slug === null ? null : index.bySlug(locale, slug);
  if (!article) return 'missing';
  const visibility = visibilityAt(article, now);
  if (visibility === 'withdrawn') return { withdrawn: article };
  return visibility === 'public' ? 'page' : 'missing';
}

/**
 * `segments`: the path after the locale, still percent-encoded. `preview`: the request carries
 * Draft Mode, in which drafts and scheduled stories are pages for their editor.
 */
export function lookUpAddress(
  locale: Locale,
  segments: string[],
  { now = new Date(), preview = false }: { now?: Date; preview?: boolean } = {},
): AddressAnswer {
  const [first, ...rest] = segments;
  if (first === undefined) return 'page';
  const kind: RouteKind | undefined = LOCALE_ROUTES[first as keyof typeof LOCALE_ROUTES];
  if (kind === undefined) return 'missing';
  if (kind === 'own') return 'undecided';
  if (kind === 'file') return rest.length === 0 ? 'page' : 'missing';
  const live = held();
  if (!live) return 'undecided';
  if (kind === 'live') return liveAnswer(live.pages, locale, rest);
  const { index } = live.store;
  if (kind === 'story') {
    const answer = storyAnswer(index, locale, rest, now);
    return preview && answer === 'missing' && rest.length === 1 ? 'undecided' : answer;
  }
  return listingAnswer(index, locale, first as 'section' | 'tag', rest, now);
}
