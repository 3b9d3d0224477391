import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import { SearchView } from '@/components/search/search-view';
import { routing } from '@/i18n/routing';
import { otherLocale } from '@/lib/site/locale-pairs';
import { readSearchParams, searchHref } from '@/lib/search/search-params';
import { searchStories } from '@/lib/search/search-stories';

// One page per query would fill the page cache with entries nobody asks for twice: every search
// renders on request, and Next.js then sends it with Cache-Control: no-store.
export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const { text } = readSearchParams(await searchParams).query;
  return {
    title: text ? t('titleWithQuery', { query: text }) : t('title'),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const search = readSearchParams(await searchParams);
  const { text, words } = search.query;
  const outcome = words.length > 0 ? await searchStories(locale, search) : null;
  const other = otherLocale(locale);
  return (
    <>
      <SiteHeader
        locale={locale}
        query={text}
        alternate={{ locale: other, href: searchHref(other, { ...search, q: text, page: 1 }) }}
      />
      <SearchView locale={locale} params={search} outcome={outcome} />
    </>
  );
}
