import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Listing } from '@/lib/pages/listings';
import { otherLocale } from '@/lib/site/locale-pairs';
import { homePath } from '@/lib/site/urls';
import { SiteHeader } from './layout/site-header';
import { ListingPage } from './listing-page';

/** A section or tag page with the site's header; 404 when the route found no such listing. */
export function ListingView({ listing }: { listing: Listing | null }) {
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
