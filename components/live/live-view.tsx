import './live.css';
import { PaginationNav } from '@/components/pagination-nav';
import { HeroFigure } from '@/components/article/hero-figure';
import { ShareBar } from '@/components/article/share-bar';
import { SiteHeader } from '@/components/layout/site-header';
import { JsonLd } from '@/components/seo/json-ld';
import type { LivePage, LivePost } from '@/lib/content/live';
import { liveLabels } from '@/lib/pages/live/live-labels';
import { liveBlogData } from '@/lib/seo/live-seo';
import { liveLayout } from '@/lib/content/live/paging';
import { postHtml } from '@/lib/pages/live/post-html';
import { siteConfig } from '@/lib/site/config';
import { otherLocale } from '@/lib/site/locale-pairs';
import { absoluteUrl, homePath, livePath, liveUpdatesPath } from '@/lib/site/urls';
import { KeyEvents } from './key-events';
import { LiveHeader } from './live-header';
import { LIST_ID, LiveUpdates } from './live-updates';

interface LiveViewProps {
  page: LivePage;
  translation: LivePage | null;
  /** 0 for the live page, n for its n-th page of older posts. */
  shownPage: number;
  /** The posts this page shows, newest first (older pages: its block of 20). */
  posts: LivePost[];
}

/** A live page or one of its pages of older posts: the same header, key events and post list. */
export async function LiveView({ page, translation, shownPage, posts }: LiveViewProps) {
  const { locale } = page;
  const { t, post: labels, newPosts } = await liveLabels(locale);
  const { pinned, archived } = liveLayout(page);
  const context = {
    locale,
    slug: page.slug,
    title: page.title,
    timeZone: siteConfig.timeZone,
    now: new Date(),
    labels,
  };
  const url = absoluteUrl(livePath(locale, page.slug));
  const other = otherLocale(locale);
  // Reader order: the live page first, then the older pages from newest to oldest.
  const position = shownPage === 0 ? 1 : archived - shownPage + 2;
  const hrefFor = (n: number) => livePath(locale, page.slug, n === 1 ? 0 : archived - n + 2);
  const showPinned = shownPage === 0 && pinned;

  return (
    <>
      <SiteHeader
        locale={locale}
        alternate={{
          locale: other,
          href: translation ? livePath(other, translation.slug) : homePath(other),
        }}
      />
      <main id="main" tabIndex={-1} className="outline-none">
        <article className="mx-auto max-w-3xl space-y-6 px-4 pt-6 sm:px-6 sm:pt-10">
          <LiveHeader
            page={page}
            t={t}
            heading={shownPage > 0 ? t('olderPage', { page: shownPage }) : undefined}
          />
          <ShareBar locale={locale} title={page.title} url={url} />
          {shownPage === 0 && <HeroFigure article={page} />}
          <KeyEvents page={page} shownPage={shownPage} t={t} />
          <section aria-labelledby="live-posts-heading" className="space-y-6">
            <h2 id="live-posts-heading" className="text-xl font-bold">
              {t('posts')}
            </h2>
            {showPinned && <div dangerouslySetInnerHTML={{ __html: postHtml(pinned, context) }} />}
            <div
              id={LIST_ID}
              className="live-posts"
              dangerouslySetInnerHTML={{
                __html: posts.map((post) => postHtml(post, context)).join(''),
              }}
            />
          </section>
          <PaginationNav
            locale={locale}
            page={position}
            totalPages={archived + 1}
            hrefFor={hrefFor}
          />
        </article>
      </main>
      <LiveUpdates
        url={liveUpdatesPath(locale, page.slug)}
        after={shownPage === 0 ? (posts[0]?.id ?? null) : null}
        live={shownPage === 0 && page.status === 'live'}
        agoTemplates={labels.ago}
        newPosts={newPosts}
        copied={t('copied')}
        failed={t('copyFailed')}
      />
      {shownPage === 0 && <JsonLd data={await liveBlogData(page)} />}
    </>
  );
}
