import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { searchPath } from '@/lib/search/search-path';

interface SearchFormProps {
  locale: Locale;
  /** The query to keep in the box (the search page's own). */
  query?: string;
  className?: string;
}

/** A plain GET form: it searches with JavaScript off, and the results page is an address. */
export async function SearchForm({ locale, query, className = '' }: SearchFormProps) {
  const t = await getTranslations({ locale, namespace: 'SearchForm' });
  return (
    <form role="search" action={searchPath(locale)} className={`flex min-w-0 ${className}`}>
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('placeholder')}
        enterKeyHint="search"
        maxLength={200}
        className="min-w-0 flex-1 rounded-s border border-rule bg-paper px-2 py-1"
      />
      <button type="submit" className="rounded-e bg-accent px-3 py-1 font-bold text-paper">
        {t('submit')}
      </button>
    </form>
  );
}
