import type { Metadata } from 'next';
import { ListingView } from '@/components/listing-view';
import { listingMetadata, tagListing } from '@/lib/pages/listings';

type Props = PageProps<'/[locale]/tag/[tag]/page/[page]'>;

// Later pages render on their first request, then come from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await tagListing(await params));
}

export default async function TagLaterPage({ params }: Props) {
  return <ListingView listing={await tagListing(await params)} />;
}
