import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import {
  getSectionLatest,
  getSectionPage,
  getTagPage,
  getTopTags,
  type Article,
} from '@/lib/content';
import { isSection, sections, type Section } from '@/lib/content/sections';
import type { Page } from '@/lib/pagination';
import { sectionPath, tagPath } from '@/lib/urls';

/** Everything a section or tag page shows, or null when there is no such page. */
export interface Listing {
  locale: Locale;
  title: string;
  description: string;
  page: Page<Article>;
  hrefFor: (page: number) => string;
  /** This listing's first page in each locale where it exists. */
  languages: Partial<Record<Locale, string>>;
}

export async function sectionListing(
  locale: Locale,
  section: string,
  pageNumber: number,
): Promise<Listing | null> {
  if (!isSection(section)) return null;
  const page = await getSectionPage(locale, section, pageNumber);
  if (!page) return null;
  const t = await getTranslations({ locale, namespace: 'SectionPage' });
  const name = (await getTranslations({ locale, namespace: 'Sections' }))(section);
  const languages: Partial<Record<Locale, string>> = {};
  for (const other of routing.locales) {
    if ((await getSectionLatest(other, section, 1)).length > 0)
      languages[other] = sectionPath(other, section);
  }
  return {
    locale,
    title: t('title', { section: name }),
    description: t('description', { section: name }),
    page,
    hrefFor: (n) => sectionPath(locale, section, n),
    languages,
  };
}

export async function tagListing(
  locale: Locale,
  slug: string,
  pageNumber: number,
): Promise<Listing | null> {
  const listing = await getTagPage(locale, slug, pageNumber);
  if (!listing) return null;
  const { page } = listing;
  const t = await getTranslations({ locale, namespace: 'TagPage' });
  return {
    locale,
    title: t('title', { tag: listing.tag }),
    description: t('description', { tag: listing.tag }),
    page,
    hrefFor: (n) => tagPath(locale, slug, n),
    languages: { [locale]: tagPath(locale, slug) },
  };
}

/** Static params: every non-empty section per locale. */
export async function sectionParams(locale: Locale) {
  return (await activeSections(locale)).map((section) => ({ section }));
}

/** The most used tags are rendered at build; the long tail on first request. */
const PRERENDERED_TAGS = 100;

export async function tagParams(locale: Locale) {
  return (await getTopTags(locale, PRERENDERED_TAGS)).map((tag) => ({ slug: tag.slug }));
}

/** The sections that have stories in a locale, in their fixed order (index lookups only). */
export async function activeSections(locale: Locale): Promise<Section[]> {
  const lists = await Promise.all(sections.map((section) => getSectionLatest(locale, section, 1)));
  return sections.filter((_, index) => (lists[index]?.length ?? 0) > 0);
}
