import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { sections } from '@/lib/content/sections';
import type { SearchParams } from '@/lib/search/search-params';
import { searchPath } from '@/lib/site/urls';

/** The query with section and dates: another plain GET form, which keeps what was chosen. */
export async function SearchFilters({ locale, params }: { locale: Locale; params: SearchParams }) {
  const [t, tForm, tSections] = await Promise.all([
    getTranslations({ locale, namespace: 'SearchPage' }),
    getTranslations({ locale, namespace: 'SearchForm' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  const field = 'min-w-0 rounded border border-rule bg-paper px-2 py-1';
  return (
    <form action={searchPath(locale)} className="mb-6 space-y-3">
      <div className="flex min-w-0 gap-1">
        <label htmlFor="search-query" className="sr-only">
          {tForm('label')}
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={params.query.text}
          enterKeyHint="search"
          className="w-full min-w-0 rounded border border-rule bg-paper px-3 py-2 text-lg"
        />
        <button type="submit" className="shrink-0 rounded bg-accent px-4 py-2 font-bold text-paper">
          {tForm('submit')}
        </button>
      </div>
      <fieldset className="flex flex-wrap items-center gap-3 text-sm">
        <legend className="text-muted">{t('filters')}</legend>
        <label className="grid min-w-0 gap-1">
          {t('section')}
          <select name="section" defaultValue={params.section ?? ''} className={field}>
            <option value="">{t('anySection')}</option>
            {sections.map((section) => (
              <option key={section} value={section}>
                {tSections(section)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid min-w-0 gap-1">
          {t('from')}
          <input type="date" name="from" defaultValue={params.from ?? ''} className={field} />
        </label>
        <label className="grid min-w-0 gap-1">
          {t('to')}
          <input type="date" name="to" defaultValue={params.to ?? ''} className={field} />
        </label>
        <button type="submit" className="rounded border border-rule px-3 py-1 hover:border-accent">
          {t('apply')}
        </button>
      </fieldset>
    </form>
  );
}
