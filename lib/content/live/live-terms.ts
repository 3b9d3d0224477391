import type { LivePage, LivePost } from '@/lib/content/live/live-page';
import { analyzeField } from '@/lib/full-text/analyze';
import type { SearchDoc, SearchKind } from '@/lib/full-text/search-tables';

/** The kinds live coverage adds to search; they are replaced whole after each refresh. */
export const LIVE_KINDS: readonly SearchKind[] = ['live', 'live-post'];

export const livePageKey = (page: Pick<LivePage, 'locale' | 'id'>) =>
  `live/${page.locale}/${page.id}`;
export const livePostKey = (page: Pick<LivePage, 'locale' | 'id'>, post: Pick<LivePost, 'id'>) =>
  `${livePageKey(page)}/${post.id}`;

const NOTHING = analyzeField('');

/**
 * A live page is found by its headline, summary, key points and tags; each post by its own
 * headline and text, so a word in one post leads to that post rather than to every page of the
 * coverage. There are tens of pages and hundreds of posts: analysing them all again costs a few
 * milliseconds.
 */
export function liveSearchDocs(pages: readonly LivePage[]): SearchDoc[] {
  return pages.flatMap((page) => {
    const common = { locale: page.locale, section: page.section, listed: true };
    const pageDoc: SearchDoc = {
      ...common,
      key: livePageKey(page),
      kind: 'live',
      published: Date.parse(page.startedAt),
      terms: {
        title: analyzeField(page.title),
        summary: analyzeField([page.summary, ...page.keyPoints, ...page.tags].join('\n')),
        body: NOTHING,
      },
    };
    const postDocs = page.posts.map((post): SearchDoc => ({
      ...common,
      key: livePostKey(page, post),
      kind: 'live-post',
      published: Date.parse(post.publishedAt),
      terms: {
        title: analyzeField(post.headline ?? ''),
        summary: NOTHING,
        body: analyzeField(post.text),
      },
    }));
    return [pageDoc, ...postDocs];
  });
}
