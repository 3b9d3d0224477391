import type { LiveContent } from '@/lib/content/live-content';
import { statusResponse } from './status-page';

const LIVE_CONTENT = Symbol.for('alriwaq.live-content');

/**
 * 503 while this process has not yet read its content once, for the proxy to answer the addresses
 * under a locale with. `next start` takes requests before the first read is done
 * (instrumentation.ts does not hold it back): from the empty index the proxy would answer 404 for
 * every story, and a page would wait for the whole read. nginx sends a request that meets this
 * 503 to the other server (deploy/nginx.conf, `proxy_next_upstream`). Read through globalThis,
 * like the address lookup.
 */
export function startingAnswer(): Response | null {
  const live = (globalThis as { [LIVE_CONTENT]?: LiveContent })[LIVE_CONTENT];
  if (live && live.lastRefreshAt !== null) return null;
  const response = statusResponse(503);
  response.headers.set('retry-after', '1');
  return response;
}
