import type { Metadata } from 'next';
import { ListingView } from '@/components/listing-view';
import { listingMetadata, tagListing, tagStaticParams } from '@/lib/pages/listings';

type Props = PageProps<'/[locale]/tag/[tag]'>;

export const generateStaticParams = tagStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await tagListing(await params));
}

export default async function TagPage({ params }: Props) {
  return <ListingView listing={await tagListing(await params)} />;
}
