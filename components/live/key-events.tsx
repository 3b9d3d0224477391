import type { LivePage } from '@/lib/content/live';
import type { liveLabels } from '@/lib/pages/live/live-labels';
import { pageOfPost } from '@/lib/content/live/paging';
import { livePath, postAnchor } from '@/lib/site/urls';
import { MixedText } from '../mixed-text';

type T = Awaited<ReturnType<typeof liveLabels>>['t'];

/** Key events, oldest first, each a link to its post on whichever page holds it. */
export function KeyEvents({ page, shownPage, t }: { page: LivePage; shownPage: number; t: T }) {
  const events = page.posts.filter((post) => post.keyEvent).reverse();
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="key-events" className="border-y border-rule py-3">
      <h2 id="key-events" className="mb-2 text-lg font-bold">
        {t('keyEvents')}
      </h2>
      <ol className="space-y-1">
        {events.map((post) => {
          const holder = pageOfPost(page, post.id) ?? 0;
          const anchor = `#${postAnchor(post.id)}`;
          const href =
            holder === shownPage ? anchor : `${livePath(page.locale, page.slug, holder)}${anchor}`;
          return (
            <li key={post.id}>
              <a href={href} className="text-accent hover:underline" data-testid="key-event">
                <MixedText text={post.headline ?? ''} locale={page.locale} />
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
