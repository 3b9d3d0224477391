import type { Article } from '@/lib/content/article';
import { isPublicAt } from '@/lib/content/visibility';
import { enclosurePath } from '@/lib/seo/feeds/feed-article';
import { backgroundQueue } from '@/lib/media/background-queue';
import { renditionAt } from '@/lib/media/renditions';
import { articleCardFacts } from '@/lib/og/card-facts';
import { articleCardImage } from '@/lib/og/og-card-image';
import { ogLabels } from '@/lib/og/og-labels';

/** A burst larger than this (a whole archive copied in) is left to the first requests. */
const QUEUE_LIMIT = 50;
const queue = backgroundQueue(QUEUE_LIMIT);

/**
 * Draws the card and the feed picture of stories just published or edited, before a link
 * preview or a feed asks for them: a card's first request takes seconds, and a feed waits for the
 * picture of every story it lists. Pages never wait for either (they name URLs only), so this
 * only shortens the first fetch of each.
 */
export function warmStoryMedia(articles: readonly Article[], now = new Date()): void {
  for (const article of articles) {
    if (!isPublicAt(article, now)) continue;
    // Keyed by what the card shows: an edit queued while the last one waits is drawn as well.
    queue.add(`the card of ${article.locale}/${article.id} (${article.title})`, async () =>
      articleCardImage(articleCardFacts(article, await ogLabels(article.locale))),
    );
    // After the card: a link preview is fetched the moment a story is shared, a feed every while.
    const picture = enclosurePath(article);
    queue.add(picture, () => renditionAt(picture));
  }
}
