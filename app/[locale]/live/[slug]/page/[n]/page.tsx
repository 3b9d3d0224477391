import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { LiveView } from '@/components/live/live-view';
import { parsePageParam } from '@/lib/util/pagination';
import { findLive } from '@/lib/pages/live/find-live';
import { liveMetadata } from '@/lib/seo/live-seo';
import { olderPosts } from '@/lib/content/live/paging';

// Rendered on first request, then cached as other pages are (stale once the content changes).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/live/[slug]/page/[n]'>;

async function findOlder(params: Props['params']) {
  const found = await findLive(params);
  const n = parsePageParam((await params).n);
  const posts = found && n !== null ? olderPosts(found.page, n) : null;
  return found && posts && n !== null ? { ...found, n, posts } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findOlder(params);
  return found ? liveMetadata(found.page, found.translation, found.n) : {};
}

export default async function OlderLivePosts({ params }: Props) {
  const found = await findOlder(params);
  if (!found) notFound();
  setRequestLocale(found.page.locale);
  return (
    <LiveView
      page={found.page}
      translation={found.translation}
      shownPage={found.n}
      posts={found.posts}
    />
  );
}
