// Next.js's own writer for the arrays a sitemap.ts returns, so these files read as its would.
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { routing } from '@/i18n/routing';
import { countStories, getLatest, getStoryVersions } from '@/lib/content';
import { PAGE_SIZE } from '@/lib/util/pagination';
import { liveVersions } from '@/lib/seo/feeds/live-feed';
import { siteConfig } from '@/lib/site/config';
import { XML_CONTENT_TYPE } from '@/lib/seo/feeds/news-sitemap';
import { homeEntries, storyEntries } from '@/lib/seo/feeds/sitemap';
import { readSitemapFileName, storiesOffset, URLS_PER_FILE } from '@/lib/seo/feeds/sitemap-files';

async function homeXml() {
  const shown = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (locale) => [locale, await getLatest(locale, PAGE_SIZE)] as const),
    ),
  );
  // Live pages are few and change by the minute: they go with the home pages, not the archive.
  return resolveSitemap([
    ...homeEntries(shown, siteConfig.origin),
    ...storyEntries(await liveVersions(), siteConfig.origin),
  ]);
}

async function storiesXml(number: number) {
  const entries = await getStoryVersions(URLS_PER_FILE, storiesOffset(number));
  return resolveSitemap(storyEntries(entries, siteConfig.origin));
}

/** `/sitemaps/<name>`: the home pages, or one file of stories; 404 for a file there is not. */
export async function serveSitemapFile(name: string): Promise<Response> {
  const file = readSitemapFileName(name, await countStories());
  if (!file) return new Response('Not Found', { status: 404 });
  const xml = file.kind === 'home' ? await homeXml() : await storiesXml(file.number);
  return new Response(xml, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
