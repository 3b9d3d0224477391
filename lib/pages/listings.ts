import type { Metadata } from 'next';
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
import { websiteMetadata } from '@/lib/seo/metadata';
import type { Page } from '@/lib/util/pagination';
import { sectionPath, tagPath } from '@/lib/site/urls';
import { readListingParams } from './listing-params';
import { paramsForEveryLocale } from './static-params';

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

/** A section route's params, as they arrive: `page` only on the routes under /page/<n>. */
interface SectionRouteParams {
  locale: string;
  section: string;
  page?: string;
}

interface TagRouteParams {
  locale: string;
  tag: string;
  page?: string;
}

export async function sectionListing(params: SectionRouteParams): Promise<Listing | null> {
  const read = readListingParams({ ...params, name: params.section });
  if (!read || !isSection(read.name)) return null;
  const { locale, name: section, page: pageNumber } = read;
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

export async function tagListing(params: TagRouteParams): Promise<Listing | null> {
  const read = readListingParams({ ...params, name: params.tag });
  if (!read) return null;
  const { locale, name: slug, page: pageNumber } = read;
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

export async function listingMetadata(listing: Listing | null): Promise<Metadata> {
  if (!listing) return {};
  return websiteMetadata({
    locale: listing.locale,
    path: listing.hrefFor(listing.page.page),
    title: listing.title,
    description: listing.description,
    languages: listing.page.page === 1 ? listing.languages : {},
  });
}

/** A section's first page in every locale where it has stories, rendered at build. */
export function sectionStaticParams() {
  return paramsForEveryLocale(async (locale) =>
    (await activeSections(locale)).map((section) => ({ section })),
  );
}

/** The most used tags are rendered at build; the long tail on first request. */
const PRERENDERED_TAGS = 100;

export function tagStaticParams() {
  return paramsForEveryLocale(async (locale) =>
    (await getTopTags(locale, PRERENDERED_TAGS)).map((tag) => ({ tag: tag.slug })),
  );
}

/** The sections that have stories in a locale, in their fixed order (index lookups only). */
export async function activeSections(locale: Locale): Promise<Section[]> {
  const lists = await Promise.all(sections.map((section) => getSectionLatest(locale, section, 1)));
  return sections.filter((_, index) => (lists[index]?.length ?? 0) > 0);
}
