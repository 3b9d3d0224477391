import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleFooter } from '@/components/article/article-footer';
import { ArticleHeader } from '@/components/article/article-header';
import { HeroFigure } from '@/components/article/hero-figure';
import { RelatedStories } from '@/components/article/related-stories';
import { ShareBar } from '@/components/article/share-bar';
import { SourcesLine } from '@/components/article/sources-line';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { SiteHeader } from '@/components/layout/site-header';
import { routing, type Locale } from '@/i18n/routing';
import { getArticle, getLatest, getRelated, getTranslation, type Article } from '@/lib/content';
import { otherLocale } from '@/lib/site/locale-pairs';
import { articleMetadata } from '@/lib/seo/metadata';
import { breadcrumbData, newsArticleData } from '@/lib/seo/structured-data';
import { decodeSlugParam } from '@/lib/util/slug-param';
import { paramsForEveryLocale } from '@/lib/pages/static-params';
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl, articlePath, homePath } from '@/lib/site/urls';

// The newest stories are rendered at build; every other one on its first request, then cached.
export function generateStaticParams() {
  return paramsForEveryLocale(async (locale) =>
    (await getLatest(locale, siteConfig.prerenderStories)).map((article) => ({
      slug: article.slug,
    })),
  );
}

async function findArticle(params: PageProps<'/[locale]/news/[slug]'>['params']) {
  const { locale, slug } = await params;
  const decoded = decodeSlugParam(slug);
  if (!hasLocale(routing.locales, locale) || decoded === null) return null;
  return getArticle(locale, decoded, { preview: (await draftMode()).isEnabled });
}

async function alternateOf(article: Article): Promise<{ locale: Locale; href: string }> {
  const locale = otherLocale(article.locale);
  const translation = await getTranslation(article, locale);
  return { locale, href: translation ? articlePath(locale, translation.slug) : homePath(locale) };
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const article = await findArticle(params);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const article = await findArticle(params);
  if (!article) notFound();
  setRequestLocale(article.locale);
  const url = absoluteUrl(articlePath(article.locale, article.slug));

  return (
    <>
      <SiteHeader locale={article.locale} alternate={await alternateOf(article)} />
      <main id="main" tabIndex={-1} className="outline-none">
        <article className="mx-auto max-w-3xl space-y-6 px-4 pt-6 sm:px-6 sm:pt-10">
          <Breadcrumbs locale={article.locale} section={article.section} />
          <ArticleHeader article={article} now={new Date()} />
          <ShareBar locale={article.locale} title={article.title} url={url} />
          <HeroFigure article={article} />
          <ArticleBody article={article} />
          <SourcesLine article={article} />
          <ArticleFooter article={article} url={url} />
        </article>
        <div className="mx-auto mt-12 max-w-3xl px-4 sm:px-6">
          <RelatedStories article={article} related={await getRelated(article)} />
        </div>
      </main>
      <JsonLd data={await newsArticleData(article)} />
      <JsonLd data={await breadcrumbData(article)} />
    </>
  );
}
