import type { Metadata } from 'next';
import { ListingView } from '@/components/listing-view';
import { listingMetadata, sectionListing } from '@/lib/pages/listings';

type Props = PageProps<'/[locale]/section/[section]/page/[page]'>;

// Later pages render on their first request, then come from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await sectionListing(await params));
}

export default async function SectionLaterPage({ params }: Props) {
  return <ListingView listing={await sectionListing(await params)} />;
}
