import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { INTL_LOCALE } from '@/lib/site/intl-locale';
import { POST_NETWORKS, type PostLabels } from './post-html';
import { pluralSamples, type AgoTemplates } from '@/lib/dates/relative-time';

type Plural = (key: 'agoMinutes' | 'agoHours' | 'agoDays' | 'newPosts', n: number) => string;

/** A plural message as one template per plural category, `#` for the number (for the client). */
export function pluralTemplates(locale: Locale, message: (n: number) => string) {
  return Object.fromEntries(
    pluralSamples(INTL_LOCALE[locale]).map(([form, n]) => [form, message(n)]),
  );
}

export async function liveLabels(locale: Locale) {
  const [t, share] = await Promise.all([
    getTranslations({ locale, namespace: 'LivePage' }),
    getTranslations({ locale, namespace: 'ShareBar' }),
  ]);
  const plural: Plural = (key, n) => t(key, { n, count: '#' });
  const ago: AgoTemplates = {
    tag: INTL_LOCALE[locale],
    now: t('agoNow'),
    units: {
      minute: pluralTemplates(locale, (n) => plural('agoMinutes', n)),
      hour: pluralTemplates(locale, (n) => plural('agoHours', n)),
      day: pluralTemplates(locale, (n) => plural('agoDays', n)),
    },
  };
  const post: PostLabels = {
    pinned: t('pinned'),
    keyEvent: t('keyEvent'),
    updated: t('updated'),
    permalink: t('permalink'),
    copy: t('copy'),
    shareOn: Object.fromEntries(POST_NETWORKS.map((n) => [n, share(n)])) as PostLabels['shareOn'],
    ago,
  };
  return { t, post, newPosts: pluralTemplates(locale, (n) => plural('newPosts', n)) };
}
