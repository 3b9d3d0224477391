import type { MetadataRoute } from 'next';
import { countStories, getStoryVersions } from '@/lib/content';
import { sitemapEntries } from '@/lib/feeds/sitemap';
import { siteConfig } from '@/lib/site-config';

// Cached like the pages it lists: stale as soon as the content changes.
export const dynamic = 'force-static';
export const revalidate = 30;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await getStoryVersions(await countStories(), 0);
  return sitemapEntries(entries, siteConfig.origin);
}
