import type { Locale } from './live-fixture';

/** What the live pages say, written out independently of the site's code. */
export const livePath = (locale: Locale, slug: string) =>
  `/${locale}/live/${encodeURIComponent(slug)}`;
export const TEXT = {
  ar: {
    ended: 'انتهت التغطية',
    live: 'مباشر',
    newPosts: /^(منشور جديد|منشوران جديدان|\d+ منشورات جديدة)$/,
  },
  en: { ended: 'Coverage ended', live: 'Live', newPosts: /^\d+ new posts?$/ },
};
const TIME_ZONE = process.env.SITE_TIME_ZONE ?? 'Asia/Baghdad';
const INTL = { ar: 'ar-u-nu-latn-ca-gregory', en: 'en-GB-u-nu-latn-ca-gregory' };
export const absolute = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));

/** The relative time of a post `minutes` old, by the plural rules the issue names. */
export function minutesAgo(minutes: number, locale: Locale): string {
  if (locale === 'en') return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  if (minutes === 1) return 'منذ دقيقة';
  if (minutes === 2) return 'منذ دقيقتين';
  return minutes % 100 >= 3 && minutes % 100 <= 10
    ? `منذ ${minutes} دقائق`
    : `منذ ${minutes} دقيقة`;
}
