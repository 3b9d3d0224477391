import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { LiveView } from '@/components/live/live-view';
import { findLive, liveStaticParams } from '@/lib/pages/live/find-live';
import { liveMetadata } from '@/lib/seo/live-seo';
import { liveLayout } from '@/lib/content/live/paging';

export const generateStaticParams = liveStaticParams;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/live/[slug]'>): Promise<Metadata> {
  const found = await findLive(params);
  return found ? liveMetadata(found.page, found.translation) : {};
}

export default async function LivePageRoute({ params }: PageProps<'/[locale]/live/[slug]'>) {
  const found = await findLive(params);
  if (!found) notFound();
  setRequestLocale(found.page.locale);
  return (
    <LiveView
      page={found.page}
      translation={found.translation}
      shownPage={0}
      posts={liveLayout(found.page).current}
    />
  );
}
