import type { Locale } from '@/i18n/routing';
import type { FeedArticle } from '@/lib/seo/feeds/feed-article';
import type { ArticleVersions } from '@/lib/seo/alternates';
import { getLivePages } from '@/lib/content/live/index';
import type { LivePage } from '@/lib/content/live/live-page';
import { liveModified } from '../live-seo';

export type LiveFeedArticle = FeedArticle & { kind: 'live' };

/** A live page as feeds and sitemaps list it: published when coverage began, changed at its newest post. */
function liveFeedArticle(page: LivePage): LiveFeedArticle {
  const modified = liveModified(page);
  return {
    kind: 'live',
    id: page.id,
    locale: page.locale,
    slug: page.slug,
    title: page.title,
    summary: page.summary,
    publishedAt: page.startedAt,
    updatedAt: modified === page.startedAt ? null : modified,
    section: page.section,
    image: page.image,
    sources: page.sources,
  };
}

/** Live pages in feeds and sitemaps; `locale` for one language's. */
export async function liveFeedArticles(locale?: Locale): Promise<LiveFeedArticle[]> {
  return (await getLivePages(locale)).map(liveFeedArticle);
}

/** Each live page with its other language versions, for sitemap entries with hreflang. */
export async function liveVersions(): Promise<ArticleVersions<LiveFeedArticle>[]> {
  const all = await liveFeedArticles();
  return all.map((article) => ({
    article,
    versions: Object.fromEntries(
      all.filter((other) => other.id === article.id).map((other) => [other.locale, other]),
    ),
  }));
}
