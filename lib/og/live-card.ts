import { getTranslations } from 'next-intl/server';
import { ogLabels } from '@/lib/og/og-labels';
import { FALLBACK_IMAGE } from '@/lib/media/images';
import type { ArticleCardFacts } from '@/lib/og/og-paths';
import type { LivePage } from '@/lib/content/live/live-page';

/** A live page's card is a story's card whose label is the badge: "مباشر" or "انتهت التغطية". */
export async function liveCardFacts(page: LivePage): Promise<ArticleCardFacts> {
  const [labels, t] = await Promise.all([
    ogLabels(page.locale),
    getTranslations({ locale: page.locale, namespace: 'LivePage' }),
  ]);
  return {
    kind: 'live',
    locale: page.locale,
    id: page.id,
    title: page.title,
    section: t(page.status === 'live' ? 'live' : 'ended'),
    siteName: labels.siteName,
    imageSrc: (page.image ?? FALLBACK_IMAGE).src,
  };
}
