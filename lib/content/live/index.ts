import type { Locale } from '@/i18n/routing';
import { ContentError } from '@/lib/content/article';
import { liveContent } from '@/lib/content/live-content';
import { otherLocale } from '@/lib/site/locale-pairs';
import type { LiveStore } from './live-store';
import { isLive, type LivePage } from './live-page';

export type { LivePage, LivePost } from './live-page';

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/** As stories: a running server serves the last good version; a build stops on any problem. */
async function getStore(): Promise<LiveStore> {
  const live = liveContent();
  await live.ready;
  if (isBuild() && live.pages.problems.length > 0) throw new ContentError(live.pages.problems);
  return live.pages;
}

/** A live page by its decoded slug; null when there is none. */
export async function getLivePage(locale: Locale, slug: string): Promise<LivePage | null> {
  return (await getStore()).page(locale, slug);
}

/** A locale's live pages, most recently started first. */
export async function getLivePages(locale?: Locale): Promise<LivePage[]> {
  return (await getStore()).pages.filter((page) => !locale || page.locale === locale);
}

/** The coverage still running in a locale, for the home page. */
export async function getRunningCoverage(locale: Locale): Promise<LivePage[]> {
  return (await getLivePages(locale)).filter(isLive);
}

/** The same coverage in the other language, when there is one. */
export async function getLiveTranslation(page: LivePage): Promise<LivePage | null> {
  const locale = otherLocale(page.locale);
  return (await getLivePages(locale)).find((other) => other.id === page.id) ?? null;
}

/** A live page by its folder name, for what is named by id (Open Graph cards). */
export async function getLivePageById(locale: Locale, id: string): Promise<LivePage | null> {
  return (await getLivePages(locale)).find((page) => page.id === id) ?? null;
}
