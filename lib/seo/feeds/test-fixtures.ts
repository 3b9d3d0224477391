/** Articles and a feed context for the lib/seo/feeds unit tests, modelled on the seed story. */
import type { Locale } from '@/i18n/routing';
import type { FeedArticle, FeedContext } from './feed-article';

export const ORIGIN = 'https://news.example';

export const AR_SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
export const AR_TITLE = 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره';
export const AR_URL = `${ORIGIN}/ar/news/${encodeURIComponent(AR_SLUG)}`;
export const EN_SLUG = 'kadhimi-baghdad-bombings-security-breach';
export const EN_URL = `${ORIGIN}/en/news/${EN_SLUG}`;

export const SEED_IMAGE_JPEG = '/_img/images/articles/baghdad-security-council-1200.jpg';
export const FALLBACK_JPEG = '/_img/images/site/fallback-1200.jpg';

export const arSeed: FeedArticle = {
  id: 'kadhimi-baghdad-bombings',
  locale: 'ar',
  slug: AR_SLUG,
  title: AR_TITLE,
  summary:
    'رئيس الوزراء العراقي: لا مكان للمجاملة على حساب العراق والعراقيين، وأجرينا سلسلة تغييرات في البنية الأمنية والعسكرية.',
  publishedAt: '2021-01-22T11:40:00+03:00',
  updatedAt: '2021-01-22T15:05:00+03:00',
  section: 'politics',
  image: {
    src: '/images/articles/baghdad-security-council.svg',
    alt: 'المجلس الوزاري للأمن الوطني',
    caption: 'المجلس الوزاري للأمن الوطني يعقد جلسة استثنائية',
    credit: 'تويتر',
    width: 1600,
    height: 900,
  },
  sources: ['وكالات'],
};

export const enSeed: FeedArticle = {
  ...arSeed,
  locale: 'en',
  slug: EN_SLUG,
  title: 'Kadhimi: Baghdad bombings a "security breach" we will not allow again',
  summary: "Iraq's prime minister: no room for courtesy at the expense of Iraq & Iraqis <really>.",
  section: 'politics',
  sources: ['Reuters', 'AFP'],
};

/** A newer Arabic story without a picture and never updated, in another section. */
export const arNoImage: FeedArticle = {
  id: 'dinar-rate',
  locale: 'ar',
  slug: 'الدينار-يتراجع',
  title: 'الدينار يتراجع أمام الدولار "مجددًا" & بقوة',
  summary: 'تراجع سعر صرف الدينار <للمرة الثالثة>.',
  publishedAt: '2021-02-01T09:00:00+03:00',
  updatedAt: null,
  section: 'economy',
  image: null,
  sources: ['وكالات', 'الرواق'],
};

export const SECTION_NAMES = {
  ar: {
    politics: 'سياسة',
    economy: 'اقتصاد',
    culture: 'ثقافة',
    science: 'علوم',
    society: 'مجتمع',
    environment: 'بيئة',
  },
  en: {
    politics: 'Politics',
    economy: 'Economy',
    culture: 'Culture',
    science: 'Science',
    society: 'Society',
    environment: 'Environment',
  },
} as const;

export const SITE_NAMES = { ar: 'الرواق', en: 'Al-Riwaq' } as const;

export function feedContext(locale: Locale, overrides: Partial<FeedContext> = {}): FeedContext {
  return {
    locale,
    origin: ORIGIN,
    siteName: SITE_NAMES[locale],
    description:
      locale === 'ar' ? 'أخبار العراق والعالم العربي' : 'News from Iraq & the "Arab world"',
    sectionNames: SECTION_NAMES[locale],
    fileSizes: new Map([
      [SEED_IMAGE_JPEG, 52458],
      [FALLBACK_JPEG, 28995],
    ]),
    now: new Date('2024-11-21T09:00:00Z'),
    ...overrides,
  };
}
