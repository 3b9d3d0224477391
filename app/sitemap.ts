import type { MetadataRoute } from 'next';
import { getVersions } from '@/lib/content';
import { allArticles } from '@/lib/feeds/load-feed';
import { sitemapEntries } from '@/lib/feeds/sitemap';
import { siteConfig } from '@/lib/site-config';

// Cached like the pages it lists: stale as soon as the content changes.
export const dynamic = 'force-static';
export const revalidate = 30;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await allArticles();
  const entries = await Promise.all(
    articles.map(async (article) => ({ article, versions: await getVersions(article) })),
  );
  return sitemapEntries(entries, siteConfig.origin);
}
