import { getTranslations } from 'next-intl/server';
import type { BreadcrumbList, NewsArticle, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content';
import { cropPath, FALLBACK_IMAGE, IMAGE_CROPS, type ImageCrop } from '@/lib/media/images';
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl, articlePath, homePath } from '@/lib/site/urls';

export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

export async function newsArticleData(article: Article): Promise<WithContext<NewsArticle>> {
  const { locale } = article;
  const [tMeta, tSections] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  const url = absoluteUrl(articlePath(locale, article.slug));
  const imageSrc = (article.image ?? FALLBACK_IMAGE).src;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: (Object.keys(IMAGE_CROPS) as ImageCrop[]).map((crop) => ({
      '@type': 'ImageObject',
      url: absoluteUrl(cropPath(imageSrc, crop)),
      width: String(IMAGE_CROPS[crop].width),
      height: String(IMAGE_CROPS[crop].height),
    })),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    inLanguage: locale,
    isAccessibleForFree: true,
    articleSection: tSections(article.section),
    keywords: article.tags,
    // The story is credited to its sources (news agencies) rather than a named reporter.
    author: article.sources.map((name) => ({ '@type': 'Organization', name })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: tMeta('siteName'),
      url: siteConfig.origin,
      logo: {
        '@type': 'ImageObject',
        url: absoluteUrl(LOGO.path),
        width: String(LOGO.width),
        height: String(LOGO.height),
      },
    },
  };
}

export async function breadcrumbData(article: Article): Promise<WithContext<BreadcrumbList>> {
  const t = await getTranslations({ locale: article.locale, namespace: 'Breadcrumbs' });
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {
        '@type': 'ListItem',
        position: 1,
        name: t('home'),
        item: absoluteUrl(homePath(article.locale)),
      },
      {
        '@type': 'ListItem',
        position: 2,
        name: article.title,
        item: absoluteUrl(articlePath(article.locale, article.slug)),
      },
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so text in an
 * article (say "</script>") cannot end the script element early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
