/** The addresses the load test loads: pages, a card, a feed and a live page's updates. */
import { defaultContentLocation } from '../../lib/content/content-location';
import { loadContent } from '../../lib/content/load-content';
import { articleCardFacts } from '../../lib/og/card-facts';
import { ogImagePath } from '../../lib/og/og-paths';
import { defaultLiveLocation } from '../../lib/content/live/live-location';
import { LiveStore } from '../../lib/content/live/live-store';
import { liveLayout } from '../../lib/content/live/paging';
import { liveUpdatesPath as liveUpdatesPathOf } from '../../lib/site/urls';
import { loadOgLabels } from '../../lib/og/render-og-image';
import { root } from './load-test-settings';

/** The seed story's current card, as its page names it. */
async function seedCardPath(): Promise<string> {
  const { articles } = await loadContent(defaultContentLocation());
  const seed = articles.find((a) => a.id === 'kadhimi-baghdad-bombings' && a.locale === 'ar');
  if (!seed) throw new Error('the seed story kadhimi-baghdad-bombings/ar.md is missing');
  return ogImagePath(articleCardFacts(seed, await loadOgLabels(root, 'ar')));
}

/** The seed live page's updates, asked as an open page asks them: nothing new since its newest. */
async function liveUpdatesPath(): Promise<string> {
  const store = new LiveStore(defaultLiveLocation());
  await store.refresh();
  const page = store.page('ar', 'افتتاح-المتحف-المصري-الكبير');
  if (!page)
    throw new Error('the seed live page content/live/grand-egyptian-museum-opening is missing');
  const newest = liveLayout(page).current[0];
  return `${liveUpdatesPathOf('ar', page.slug)}${newest ? `?after=${newest.id}` : ''}`;
}

/** What the load test asks for, by name. */
export const loadTestTargets = async () => ({
  article: `/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`,
  home: '/ar',
  'og image': await seedCardPath(),
  feed: '/ar/feed.xml',
  'live updates': await liveUpdatesPath(),
});
