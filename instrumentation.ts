/**
 * Reads the content and starts watching it when a server starts, before the first request: the
 * cache handler needs the content clock to decide whether a cached page is stale, and a page
 * served from the cache runs no code that would load it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { liveContent } = await import('./lib/content/live-content');
  await liveContent().ready;
}
