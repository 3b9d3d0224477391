import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { decodeSlugParam } from '@/lib/util/slug-param';
import { getLivePage, getLivePages, getLiveTranslation } from '@/lib/content/live/index';
import type { LivePage } from '@/lib/content/live/live-page';

/** The live page a route's params name, with its translation; null for anything else. */
export async function findLive(params: Promise<{ locale: string; slug: string }>) {
  const { locale, slug } = await params;
  const decoded = decodeSlugParam(slug);
  if (!hasLocale(routing.locales, locale) || decoded === null) return null;
  const page = await getLivePage(locale, decoded);
  return page ? { page, translation: await getLiveTranslation(page) } : null;
}

/** Every live page is rendered at build; one published later, on its first request. */
export async function liveStaticParams(): Promise<{ locale: string; slug: string }[]> {
  return (await getLivePages()).map((page: LivePage) => ({ locale: page.locale, slug: page.slug }));
}
