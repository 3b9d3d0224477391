import { createHash } from 'node:crypto';
import type { LivePage } from '@/lib/content/live/live-page';
import { liveLayout } from '@/lib/content/live/paging';

/** The most posts one answer carries; a reader further behind is sent the newest ones. */
const UPDATES_LIMIT = 20;
const POST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface UpdatesAnswer {
  /** live or ended: the page stops asking once coverage has ended. */
  s: LivePage['status'];
  /** Posts after `after`, newest first, as [id, html]. */
  p: [string, string][];
}

export type AfterParam = { ok: true; after: string | null } | { ok: false; problem: string };

/** `?after=<post id>`: the newest post the page shows; absent for a page that shows none. */
export function readAfter(params: URLSearchParams): AfterParam {
  const values = params.getAll('after');
  if (values.length === 0) return { ok: true, after: null };
  const [after] = values;
  if (values.length > 1 || after === undefined || !POST_ID.test(after) || after.length > 100) {
    return { ok: false, problem: 'after must be one post id, e.g. ?after=2025-11-01-1925' };
  }
  return { ok: true, after };
}

/**
 * The posts a page showing `after` as its newest lacks. An id the page no longer has (a post
 * deleted since) is answered as if it were the newest: the reader is told of nothing rather than
 * of everything again.
 */
export function newPostsAfter(page: LivePage, after: string | null) {
  const { current } = liveLayout(page);
  const known = after === null ? current.length : current.findIndex((post) => post.id === after);
  return current.slice(0, known < 0 ? 0 : Math.min(known, UPDATES_LIMIT));
}

export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
