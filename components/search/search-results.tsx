import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDateTime } from '@/lib/dates/display-dates';
import type { SearchResult } from '@/lib/search/search-stories';
import { siteConfig } from '@/lib/site/config';
import { MarkedText } from './marked-text';

export async function SearchResults({
  locale,
  results,
}: {
  locale: Locale;
  results: SearchResult[];
}) {
  const [t, tSections] = await Promise.all([
    getTranslations({ locale, namespace: 'SearchPage' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  return (
    <ol aria-label={t('resultsLabel')} className="divide-y divide-rule">
      {results.map((result) => (
        <li key={result.href} className="space-y-1 py-4 first:pt-0">
          <h2 className="text-lg leading-snug font-bold">
            <a href={result.href} className="hover:text-accent hover:underline">
              <MarkedText parts={result.title} locale={locale} />
            </a>
          </h2>
          <p className="text-sm text-muted">
            {result.kind !== 'story' && <>{t('liveLabel')} · </>}
            {tSections(result.section)} ·{' '}
            <time dateTime={result.publishedAt}>
              {formatDateTime(result.publishedAt, locale, siteConfig.timeZone)}
            </time>
          </p>
          <p className="leading-relaxed text-ink/85">
            <MarkedText parts={result.snippet} locale={locale} />
          </p>
        </li>
      ))}
    </ol>
  );
}
