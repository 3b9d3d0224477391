import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import {
  getArticle,
  getLatest,
  getRelated,
  getSectionPage,
  getTranslation,
  getWithdrawn,
} from '@/lib/content';
import { isSection } from '@/lib/content/sections';
import { notFoundPage, withdrawnPage } from '@/lib/http/locale-pages';
import { otherLocale } from '@/lib/site/locale-pairs';
import { PAGE_SIZE } from '@/lib/util/pagination';
import { decodeSlugParam } from '@/lib/util/slug-param';
import { absoluteUrl, homePath, sectionPath } from '@/lib/site/urls';
import { liteLabels } from './lite-labels';
import { liteListingPage } from './lite-listing';
import { liteStoryPage } from './lite-story';

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

const missing = (locale: Locale) => html(notFoundPage(locale), 404);

/** `/{locale}/news/{slug}/lite`: params as the route gets them, still percent-encoded. */
export async function serveLiteStory(localeParam: string, slugParam: string): Promise<Response> {
  const locale = hasLocale(routing.locales, localeParam) ? localeParam : null;
  if (!locale) return html(notFoundPage(routing.defaultLocale), 404);
  const slug = decodeSlugParam(slugParam);
  if (slug === null) return missing(locale);
  const article = await getArticle(locale, slug);
  if (!article) {
    const withdrawn = await getWithdrawn(locale, slug);
    return withdrawn ? html(withdrawnPage(withdrawn), 410) : missing(locale);
  }
  const [related, translation, labels] = await Promise.all([
    getRelated(article),
    getTranslation(article, otherLocale(locale)),
    liteLabels(locale, new Date()),
  ]);
  return html(liteStoryPage({ article, related, translation, labels }));
}

/** `/{locale}/lite` (section null) and `/{locale}/section/{section}/lite`. */
export async function serveLiteListing(
  localeParam: string,
  sectionParam: string | null,
): Promise<Response> {
  const locale = hasLocale(routing.locales, localeParam) ? localeParam : null;
  if (!locale) return html(notFoundPage(routing.defaultLocale), 404);
  const labels = await liteLabels(locale, new Date());
  const common = { locale, otherLocale: otherLocale(locale), labels };
  if (sectionParam === null) {
    const stories = await getLatest(locale, PAGE_SIZE);
    return html(
      liteListingPage({
        ...common,
        section: null,
        stories,
        olderHref: null,
        canonical: absoluteUrl(homePath(locale)),
      }),
    );
  }
  if (!isSection(sectionParam)) return missing(locale);
  const page = await getSectionPage(locale, sectionParam, 1);
  if (!page) return missing(locale);
  return html(
    liteListingPage({
      ...common,
      section: sectionParam,
      stories: page.items,
      olderHref: page.totalPages > 1 ? sectionPath(locale, sectionParam, 2) : null,
      canonical: absoluteUrl(sectionPath(locale, sectionParam)),
    }),
  );
}
