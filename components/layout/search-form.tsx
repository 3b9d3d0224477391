import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { searchPath } from '@/lib/site/urls';

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
    <form role="search" action={searchPath(locale)} className={`flex min-w-0 gap-1 ${className}`}>
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
        className="w-full min-w-0 rounded border border-rule bg-paper px-2 py-1 pointer-coarse:min-h-11"
      />
      <button
        type="submit"
        className="shrink-0 rounded bg-accent px-3 py-1 font-bold text-paper pointer-coarse:min-h-11"
      >
        {t('submit')}
      </button>
    </form>
  );
}
