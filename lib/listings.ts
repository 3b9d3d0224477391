import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getSectionArticles, getTagListing, getTagListings, type Article } from '@/lib/content';
import { sections, type Section } from '@/lib/content/sections';
import { paginate, type Page } from '@/lib/pagination';
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

const isSection = (value: string): value is Section =>
  (sections as readonly string[]).includes(value);

export async function sectionListing(
  locale: Locale,
  section: string,
  pageNumber: number,
): Promise<Listing | null> {
  if (!isSection(section)) return null;
  const page = paginate(await getSectionArticles(locale, section), pageNumber);
  if (!page || page.items.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'SectionPage' });
  const name = (await getTranslations({ locale, namespace: 'Sections' }))(section);
  const languages: Partial<Record<Locale, string>> = {};
  for (const other of routing.locales) {
    if ((await getSectionArticles(other, section)).length > 0)
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
  const listing = await getTagListing(locale, slug);
  const page = listing && paginate(listing.articles, pageNumber);
  if (!listing || !page) return null;
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

export async function tagParams(locale: Locale) {
  return (await getTagListings(locale)).map((listing) => ({ slug: listing.slug }));
}

/** The sections that have stories in a locale, in their fixed order (index lookups only). */
export async function activeSections(locale: Locale): Promise<Section[]> {
  const lists = await Promise.all(sections.map((section) => getSectionArticles(locale, section)));
  return sections.filter((_, index) => (lists[index]?.length ?? 0) > 0);
}
