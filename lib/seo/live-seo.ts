import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { LiveBlogPosting, WithContext } from 'schema-dts';
import { cropPath, FALLBACK_IMAGE, IMAGE_CROPS, type ImageCrop } from '@/lib/media/images';
import { OG_HEIGHT, OG_TYPE, OG_WIDTH, ogImagePath } from '@/lib/og/og-paths';
import { robotsForRequest } from '@/lib/seo/metadata';
import { OG_LOCALE } from '@/lib/seo/locale-tags';
import { LOGO } from '@/lib/seo/structured-data';
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl, livePath, postAnchor } from '@/lib/site/urls';
import { liveCardFacts } from '@/lib/og/live-card';
import type { LivePage } from '@/lib/content/live/live-page';

/** Search engines show the newest updates; ten is what Google's examples carry. */
const JSON_LD_UPDATES = 10;

/** When the page last changed: its newest post, or its start. */
export const liveModified = (page: LivePage) =>
  page.posts.reduce((newest, post) => {
    const time = post.updatedAt ?? post.publishedAt;
    return Date.parse(time) > Date.parse(newest) ? time : newest;
  }, page.endedAt ?? page.startedAt);

const imageOf = (page: LivePage) => (page.image ?? FALLBACK_IMAGE).src;

export async function liveMetadata(
  page: LivePage,
  translation: LivePage | null,
  shownPage = 0,
): Promise<Metadata> {
  const t = await getTranslations({ locale: page.locale, namespace: 'Metadata' });
  const tLive = await getTranslations({ locale: page.locale, namespace: 'LivePage' });
  const url = absoluteUrl(livePath(page.locale, page.slug, shownPage));
  const title =
    shownPage > 0 ? `${page.title} · ${tLive('olderPage', { page: shownPage })}` : page.title;
  const image = {
    url: absoluteUrl(ogImagePath(await liveCardFacts(page))),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    type: OG_TYPE,
  };
  const languages = Object.fromEntries(
    [page, translation].flatMap((version) =>
      version ? [[version.locale, absoluteUrl(livePath(version.locale, version.slug))]] : [],
    ),
  );
  return {
    title,
    description: page.summary,
    alternates: { canonical: url, languages },
    openGraph: {
      type: 'article',
      url,
      title: `${tLive(page.status === 'live' ? 'live' : 'ended')} | ${page.title}`,
      description: page.summary,
      siteName: t('siteName'),
      locale: OG_LOCALE[page.locale],
      images: [{ ...image, alt: page.image?.alt ?? page.title }],
      publishedTime: page.startedAt,
      modifiedTime: liveModified(page),
      tags: page.tags,
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.summary,
      images: [{ url: image.url, alt: page.image?.alt ?? page.title }],
    },
    robots: await robotsForRequest(),
  };
}

export async function liveBlogData(page: LivePage): Promise<WithContext<LiveBlogPosting>> {
  const t = await getTranslations({ locale: page.locale, namespace: 'Metadata' });
  const url = absoluteUrl(livePath(page.locale, page.slug));
  const publisher = {
    '@type': 'NewsMediaOrganization' as const,
    name: t('siteName'),
    url: siteConfig.origin,
    logo: { '@type': 'ImageObject' as const, url: absoluteUrl(LOGO.path) },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: page.title,
    description: page.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: page.locale,
    datePublished: page.startedAt,
    dateModified: liveModified(page),
    coverageStartTime: page.startedAt,
    ...(page.endedAt && { coverageEndTime: page.endedAt }),
    image: (Object.keys(IMAGE_CROPS) as ImageCrop[]).map((crop) =>
      absoluteUrl(cropPath(imageOf(page), crop)),
    ),
    keywords: page.tags,
    publisher,
    author: publisher,
    liveBlogUpdate: page.posts.slice(0, JSON_LD_UPDATES).map((post) => ({
      '@type': 'BlogPosting',
      headline: post.headline ?? page.title,
      datePublished: post.publishedAt,
      dateModified: post.updatedAt ?? post.publishedAt,
      url: `${url}#${postAnchor(post.id)}`,
      articleBody: post.text,
    })),
  };
}
