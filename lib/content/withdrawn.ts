import type { Locale } from '@/i18n/routing';
import type { Article } from './article';
import { slugKey } from './content-index';
import type { LiveContent } from './live-content';
import { visibilityAt } from './visibility';

const LIVE_CONTENT = Symbol.for('alriwaq.live-content');

/**
 * The withdrawn story at this address, looked up in the live content the server already holds.
 * For the proxy, which must answer 410 before any page renders: it reads the store through
 * globalThis (types only here), so the content pipeline is not bundled into the proxy a second
 * time. Null before the content is loaded, and for every story that is not withdrawn.
 */
export function findWithdrawn(locale: Locale, slug: string, now = new Date()): Article | null {
  const live = (globalThis as { [LIVE_CONTENT]?: LiveContent })[LIVE_CONTENT];
  const article = live?.store.snapshot.index.bySlug.get(slugKey(locale, slug));
  return article && visibilityAt(article, now) === 'withdrawn' ? article : null;
}
