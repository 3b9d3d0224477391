import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getVersions, type Article } from '@/lib/content';
import { articleCardFacts, homeCardFacts } from '@/lib/og/card-facts';
import { ogLabels } from '@/lib/og/og-labels';
import { homeOgImagePath, OG_HEIGHT, OG_TYPE, OG_WIDTH, ogImagePath } from '@/lib/og/og-paths';
import { absoluteUrl, articlePath, atomPath, homePath, rssPath } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { hreflangAlternates } from './alternates';
import { OG_LOCALE } from './locale-tags';

// Link previews pick the large image and full snippet only when robots allow it.
const ROBOTS: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

/** Draft Mode pages are editors' previews: never indexed (and never cached, by Next.js). */
export async function robotsForRequest(): Promise<Metadata['robots']> {
  return (await draftMode()).isEnabled ? { index: false, follow: false } : ROBOTS;
}

async function feedLinks(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const title = t('siteName');
  return {
    'application/rss+xml': [{ url: absoluteUrl(rssPath(locale)), title }],
    'application/atom+xml': [{ url: absoluteUrl(atomPath(locale)), title }],
  };
}

function otherLocales(locale: Locale): string[] {
  return routing.locales.filter((other) => other !== locale).map((other) => OG_LOCALE[other]);
}

export async function articleMetadata(article: Article): Promise<Metadata> {
  const { locale } = article;
  const [tMeta, tSections, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Sections' }),
    ogLabels(locale),
  ]);
  const url = absoluteUrl(articlePath(locale, article.slug));
  const image = {
    url: absoluteUrl(ogImagePath(articleCardFacts(article, labels))),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    type: OG_TYPE,
    alt: article.title,
  };
  return {
    title: article.title,
    description: article.summary,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(
        { article, versions: await getVersions(article) },
        siteConfig.origin,
      ),
      types: await feedLinks(locale),
    },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.summary,
      siteName: tMeta('siteName'),
      locale: OG_LOCALE[locale],
      alternateLocale: otherLocales(locale),
      images: [image],
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      section: tSections(article.section),
      tags: article.tags,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.summary,
      images: [{ url: image.url, alt: image.alt }],
    },
    robots: await robotsForRequest(),
  };
}

interface WebsitePage {
  locale: Locale;
  /** Path of this page; percent-encoded once. */
  path: string;
  /** Full title; the home page's is the site name alone. */
  title: string;
  description: string;
  /** Paths of this page in every locale where it exists. */
  languages: Partial<Record<Locale, string>>;
}

/** Metadata for pages that are not articles: the home page and listings. */
export async function websiteMetadata(page: WebsitePage): Promise<Metadata> {
  const { locale } = page;
  const [t, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    ogLabels(locale),
  ]);
  const url = absoluteUrl(page.path);
  const languages: Record<string, string> = {};
  for (const [language, path] of Object.entries(page.languages)) {
    languages[language] = absoluteUrl(path);
  }
  const xDefault = page.languages[routing.defaultLocale] ?? page.path;
  languages['x-default'] = absoluteUrl(xDefault);
  const image = {
    url: absoluteUrl(homeOgImagePath(homeCardFacts(locale, labels))),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    type: OG_TYPE,
    alt: t('siteName'),
  };
  return {
    title: { absolute: page.title },
    description: page.description,
    alternates: { canonical: url, languages, types: await feedLinks(locale) },
    openGraph: {
      type: 'website',
      url,
      title: page.title,
      description: page.description,
      siteName: t('siteName'),
      locale: OG_LOCALE[locale],
      alternateLocale: otherLocales(locale),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt }],
    },
    robots: await robotsForRequest(),
  };
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return websiteMetadata({
    locale,
    path: homePath(locale),
    title: t('siteName'),
    description: t('siteDescription'),
    languages: Object.fromEntries(routing.locales.map((other) => [other, homePath(other)])),
  });
}
