/**
 * Reads the content and starts watching it when a server starts, before the first request: the
 * cache handler needs the content clock to decide whether a cached page is stale, and a page
 * served from the cache runs no code that would load it. Stories published or edited after that
 * get their card and feed picture drawn in the background (lib/og/warm-story-media.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ liveContent }, { warmStoryMedia }] = await Promise.all([
    import('./lib/content/live-content'),
    import('./lib/og/warm-story-media'),
  ]);
  const live = liveContent();
  await live.ready;
  live.onPublish((articles) => warmStoryMedia(articles));
}
