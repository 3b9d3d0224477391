import type { Metadata } from 'next';
import { ListingView } from '@/components/listing-view';
import { listingMetadata, sectionListing, sectionStaticParams } from '@/lib/pages/listings';

type Props = PageProps<'/[locale]/section/[section]'>;

export const generateStaticParams = sectionStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await sectionListing(await params));
}

export default async function SectionPage({ params }: Props) {
  return <ListingView listing={await sectionListing(await params)} />;
}
