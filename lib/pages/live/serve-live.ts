import { statusResponse } from '@/lib/http/status-page';
import { liveLabels } from '@/lib/pages/live/live-labels';
import { siteConfig } from '@/lib/site/config';
import { livePath, postAnchor } from '@/lib/site/urls';
import { findLive } from './find-live';
import { pageOfPost } from '@/lib/content/live/paging';
import { postHtml } from './post-html';
import { etagOf, newPostsAfter, readAfter, type UpdatesAnswer } from './updates';

type LiveParams = Promise<{ locale: string; slug: string }>;

/**
 * A post's own address sends the reader to the page holding it, at the post. Temporary (302): a
 * post moves from the live page to a page of older posts once 20 newer ones are written.
 */
export async function servePostAddress(
  params: Promise<{ locale: string; slug: string; id: string }>,
) {
  const found = await findLive(params);
  const { id } = await params;
  const holder = found ? pageOfPost(found.page, id) : null;
  if (!found || holder === null) return statusResponse(404);
  const { locale, slug } = found.page;
  return new Response(null, {
    status: 302,
    headers: {
      location: `${livePath(locale, slug, holder)}#${postAnchor(id)}`,
      'cache-control': 'public, max-age=60',
    },
  });
}

/** Seconds a CDN (and the browser) may keep an answer: every reader then shares one request. */
const UPDATES_MAX_AGE = 5;

/**
 * What a live page lacks: `?after=<newest post id it shows>` gives the posts after it, as HTML
 * written as the page writes them. All readers of one state ask the same address, so the answer
 * is cacheable by everyone for a few seconds; nothing new costs about 20 bytes.
 */
export async function serveUpdates(request: Request, params: LiveParams) {
  const found = await findLive(params);
  if (!found) return statusResponse(404);
  const after = readAfter(new URL(request.url).searchParams);
  if (!after.ok) {
    return new Response(JSON.stringify({ error: after.problem }), {
      status: 400,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const { page } = found;
  const posts = newPostsAfter(page, after.after);
  let answer: UpdatesAnswer = { s: page.status, p: [] };
  if (posts.length > 0) {
    const { post: labels } = await liveLabels(page.locale);
    const context = {
      locale: page.locale,
      slug: page.slug,
      title: page.title,
      timeZone: siteConfig.timeZone,
      now: new Date(),
      labels,
    };
    answer = { ...answer, p: posts.map((post) => [post.id, postHtml(post, context)]) };
  }
  const body = JSON.stringify(answer);
  const etag = etagOf(body);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': `public, max-age=${UPDATES_MAX_AGE}`,
    etag,
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
