// Next.js's own file-system cache for pages, feeds and sitemaps, with two rules of ours:
// - an entry older than the content's last change is a miss, so the next request renders it
//   afresh (lib/content/content-clock.ts says when that was, a scheduled story's time included);
// - an error answer (a 404 for an unknown slug) is never written, so crawlers asking for random
//   URLs cannot fill the disk.
// Plain JavaScript: Next.js imports it at run time, outside the bundles, and it reads the live
// content through globalThis, where lib/content/live-content.ts keeps it.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

// Node.js hands an ES module the CommonJS exports object; the bundle Next.js makes of the proxy
// (which loads this handler too) hands it `exports.default`, the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const LIVE_CONTENT = Symbol.for('alriwaq.live-content');

export default class ContentCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const live = globalThis[LIVE_CONTENT];
    if (!entry || !live) return entry;
    await live.ready;
    return entry.lastModified < live.clock.lastChangeAt(Date.now()) ? null : entry;
  }

  async set(key, data, ctx) {
    if (data && typeof data.status === 'number' && data.status >= 400) return;
    return super.set(key, data, ctx);
  }
}
