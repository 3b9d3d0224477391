import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { readListingParams } from '@/lib/listing-params';
import { paramsForEveryLocale } from '@/lib/static-params';
import { sectionListing, sectionParams, tagListing, tagParams, type Listing } from '@/lib/listings';
import { otherLocale } from '@/lib/locale-pairs';
import { websiteMetadata } from '@/lib/seo/metadata';
import { homePath } from '@/lib/urls';
import { SiteHeader } from './layout/site-header';
import { ListingPage } from './listing-page';

type Kind = 'section' | 'tag';

const SOURCES = {
  section: {
    load: sectionListing,
    params: async (locale: (typeof routing.locales)[number]) =>
      (await sectionParams(locale)).map(({ section }) => ({ name: section })),
  },
  tag: {
    load: tagListing,
    params: async (locale: (typeof routing.locales)[number]) =>
      (await tagParams(locale)).map(({ slug }) => ({ name: slug })),
  },
};

type RouteParams = Promise<Record<string, string>>;

async function ListingView({ listing }: { listing: Listing | null }) {
  if (!listing) notFound();
  setRequestLocale(listing.locale);
  const alternateLocale = otherLocale(listing.locale);
  return (
    <>
      <SiteHeader
        locale={listing.locale}
        alternate={{
          locale: alternateLocale,
          href: listing.languages[alternateLocale] ?? homePath(alternateLocale),
        }}
      />
      <ListingPage {...listing} />
    </>
  );
}

/**
 * Everything the four listing routes export: sections and tags, each with a first page at its own
 * address and later pages under /page/<n>.
 */
export function listingRoute(kind: Kind, pages: 'first' | 'later') {
  const source = SOURCES[kind];

  async function load(params: RouteParams): Promise<Listing | null> {
    const raw = await params;
    const read = readListingParams({
      locale: raw.locale ?? '',
      name: raw[kind] ?? '',
      page: raw.page,
    });
    return read && source.load(read.locale, read.name, read.page);
  }

  return {
    // First pages are rendered at build; later ones on their first request, then cached.
    async generateStaticParams() {
      if (pages === 'later') return [];
      return paramsForEveryLocale(async (locale) =>
        (await source.params(locale)).map(({ name }) => ({ [kind]: name })),
      );
    },

    async generateMetadata({ params }: { params: RouteParams }): Promise<Metadata> {
      const listing = await load(params);
      if (!listing) return {};
      return websiteMetadata({
        locale: listing.locale,
        path: listing.hrefFor(listing.page.page),
        title: listing.title,
        description: listing.description,
        languages: listing.page.page === 1 ? listing.languages : {},
      });
    },

    async Page({ params }: { params: RouteParams }) {
      return <ListingView listing={await load(params)} />;
    },
  };
}
