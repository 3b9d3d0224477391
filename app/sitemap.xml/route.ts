import { countStories } from '@/lib/content';
import { XML_CONTENT_TYPE } from '@/lib/seo/feeds/news-sitemap';
import { buildSitemapIndex, sitemapFiles } from '@/lib/seo/feeds/sitemap-files';
import { siteConfig } from '@/lib/site/config';

// Cached like the pages it lists: stale as soon as the content changes.
export const dynamic = 'force-static';
export const revalidate = 30;

export async function GET() {
  const xml = buildSitemapIndex(sitemapFiles(await countStories()), siteConfig.origin);
  return new Response(xml, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
