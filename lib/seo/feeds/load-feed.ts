import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getLatest } from '@/lib/content';
import { liveFeedArticles } from '@/lib/seo/feeds/live-feed';
import { sections, type Section } from '@/lib/content/sections';
import { renditionSizes } from '@/lib/media/rendition-sizes';
import { siteConfig } from '@/lib/site/config';
import { enclosurePath, type FeedArticle, type FeedContext } from './feed-article';

/** Site name and description of a locale, from messages `Metadata`. */
export async function siteText(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { siteName: t('siteName'), description: t('siteDescription') };
}

/** Feed readers poll often: the newest stories are what they are for, not the archive. */
const FEED_SIZE = 50;

/** One locale's newest articles and everything the RSS and Atom builders need beside them. */
export async function loadFeed(
  locale: Locale,
  now: Date = new Date(),
): Promise<{ articles: FeedArticle[]; context: FeedContext }> {
  const [stories, live, text, tSections] = await Promise.all([
    getLatest(locale, FEED_SIZE),
    liveFeedArticles(locale),
    siteText(locale),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  const sectionNames = Object.fromEntries(
    sections.map((section) => [section, tSections(section)]),
  ) as Record<Section, string>;
  const articles = [...stories, ...live]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, FEED_SIZE);
  const fileSizes = await renditionSizes(articles.map(enclosurePath));
  return {
    articles,
    context: { locale, origin: siteConfig.origin, ...text, sectionNames, fileSizes, now },
  };
}
