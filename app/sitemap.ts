import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getTranslation } from '@/lib/content';
import { allArticles } from '@/lib/feeds/load-feed';
import { sitemapEntries, type ArticleVersions } from '@/lib/feeds/sitemap';
import { siteConfig } from '@/lib/site-config';

// Static: written at build from the content, like the pages it lists.
export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await allArticles();
  const entries = await Promise.all(
    articles.map(async (article): Promise<ArticleVersions> => {
      const versions: ArticleVersions['versions'] = {};
      for (const locale of routing.locales) {
        const version = await getTranslation(article, locale);
        if (version) versions[locale] = version;
      }
      return { article, versions };
    }),
  );
  return sitemapEntries(entries, siteConfig.origin);
}
