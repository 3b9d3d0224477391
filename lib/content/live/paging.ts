import type { LivePage, LivePost } from './live-page';

/** Posts on each page of older posts. */
const LIVE_PAGE_SIZE = 20;

/**
 * Pages of older posts are fixed blocks of 20 counted from the oldest post: block 1 holds the
 * first 20 posts ever written, and so on, so a post's page address never changes as posts arrive.
 * The live page itself holds the newest block, and the full block before it while the newest is
 * not yet full (20 to 39 posts), so a reader never opens it to find one post.
 */
export interface LiveLayout {
  pinned: LivePost | null;
  /** The live page's posts, newest first, the pinned one apart. */
  current: LivePost[];
  /** How many pages of older posts there are (1 … archived). */
  archived: number;
}

/** Every post but the pinned one, oldest first. */
const timeline = (page: LivePage) => page.posts.filter((post) => !post.pinned).reverse();

function firstShownBlock(count: number): number {
  const blocks = Math.ceil(count / LIVE_PAGE_SIZE);
  return count % LIVE_PAGE_SIZE === 0 || blocks <= 1 ? Math.max(1, blocks) : blocks - 1;
}

export function liveLayout(page: LivePage): LiveLayout {
  const posts = timeline(page);
  const first = firstShownBlock(posts.length);
  return {
    pinned: page.posts.find((post) => post.pinned) ?? null,
    current: posts.slice((first - 1) * LIVE_PAGE_SIZE).reverse(),
    archived: first - 1,
  };
}

/** Page `n` of older posts, newest first; null when there is no such page. */
export function olderPosts(page: LivePage, n: number): LivePost[] | null {
  const posts = timeline(page);
  if (!Number.isInteger(n) || n < 1 || n >= firstShownBlock(posts.length)) return null;
  return posts.slice((n - 1) * LIVE_PAGE_SIZE, n * LIVE_PAGE_SIZE).reverse();
}

/** Which page holds a post: 0 for the live page itself, n for page n of older posts. */
export function pageOfPost(page: LivePage, id: string): number | null {
  const post = page.posts.find((candidate) => candidate.id === id);
  if (!post) return null;
  if (post.pinned) return 0;
  const posts = timeline(page);
  const block = Math.floor(posts.indexOf(post) / LIVE_PAGE_SIZE) + 1;
  return block < firstShownBlock(posts.length) ? block : 0;
}
