import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatInteger } from '@/lib/site/intl-locale';
import { otherLocale } from '@/lib/site/locale-pairs';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '@/lib/full-text/query';
import { searchHref, type SearchParams } from '@/lib/search/search-params';
import type { SearchOutcome } from '@/lib/search/search-stories';
import { PaginationNav } from '../pagination-nav';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

interface SearchViewProps {
  locale: Locale;
  params: SearchParams;
  /** Null when the query holds no word to search for. */
  outcome: SearchOutcome | null;
}

export async function SearchView({ locale, params, outcome }: SearchViewProps) {
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const { text } = params.query;
  const count = (n: number) => formatInteger(n, locale);
  const other = otherLocale(locale);
  const filtered = params.section !== null || params.from !== null || params.to !== null;
  const hrefFor = (page: number) => searchHref(locale, { ...params, q: text, page });
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-8 outline-none sm:px-6">
      <h1 className="mb-4 text-3xl font-bold">{t('heading')}</h1>
      <SearchFilters locale={locale} params={params} />
      {params.query.cut && (
        <p role="note" className="mb-4 rounded bg-accent-soft p-3">
          {t('cut', { max: count(MAX_QUERY_CHARS), words: count(MAX_QUERY_WORDS) })}
        </p>
      )}
      {text === '' ? (
        <p className="text-muted">{t('empty')}</p>
      ) : !outcome ? (
        <p>{t('noWords', { query: text })}</p>
      ) : outcome.results.length === 0 ? (
        <div className="space-y-3">
          <p className="text-lg font-bold">{t('noResults', { query: text })}</p>
          <p>{t('tipsHeading')}</p>
          <ul className="space-y-1">
            <li>{t('tipSpelling')}</li>
            {filtered && (
              <li>
                <a
                  className="underline"
                  href={searchHref(locale, {
                    q: text,
                    section: null,
                    from: null,
                    to: null,
                    page: 1,
                  })}
                >
                  {t('tipFilters')}
                </a>
              </li>
            )}
            <li>
              <a className="underline" href={searchHref(other, { ...params, q: text, page: 1 })}>
                {t('tipOtherLanguage')}
              </a>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p role="status" className="mb-4 text-muted">
            {outcome.more
              ? t('moreResults', { count: count(outcome.total), query: text })
              : t('results', { n: outcome.total, count: count(outcome.total), query: text })}
          </p>
          {outcome.partial && <p className="mb-4">{t('partial')}</p>}
          <SearchResults locale={locale} results={outcome.results} />
          <PaginationNav
            locale={locale}
            page={outcome.page}
            totalPages={outcome.totalPages}
            hrefFor={hrefFor}
          />
        </>
      )}
    </main>
  );
}
