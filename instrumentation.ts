/**
 * Starts reading the content and watching it when a server starts, before the first request: the
 * cache handler needs the content clock to decide whether a cached page is stale, and a page
 * served from the cache runs no code that would load it. Not awaited: `next start` holds every
 * request, /healthz included, until this returns, so a process reading a large corpus would hold
 * every reader for the whole read. Instead /healthz and every address under a locale the proxy
 * sees answer 503 until the read is done (lib/http/starting.ts), and nginx asks the other server;
 * the home pages, feeds, sitemaps and cards, where the proxy does not run, wait for it as before.
 * Stories published or edited after that get their card and feed picture drawn in the background
 * (lib/pages/warm-story-media.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ liveContent }, { warmStoryMedia }] = await Promise.all([
    import('./lib/content/live-content'),
    import('./lib/pages/warm-story-media'),
  ]);
  const live = liveContent();
  live.onPublish((articles) => warmStoryMedia(articles));
  live.ready.catch((error: unknown) => console.error('Content: the first read failed:', error));
}
