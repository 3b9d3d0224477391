import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { dateLineParts, dayKey, fillTemplate } from '@/lib/dates/display-dates';
import { siteConfig } from '@/lib/site/config';
import { homePath } from '@/lib/site/urls';
import { DateLine } from './date-line';
import { LanguageSwitch, type Alternate } from './language-switch';
import { SearchForm } from './search-form';
import { SectionNav } from './section-nav';
import { ThemeSwitch } from './theme-switch';

interface SiteHeaderProps {
  locale: Locale;
  /** The current page in the other language, or that language's home page. */
  alternate: Alternate;
  /** On the search page: the query, kept in the box. */
  query?: string;
}

export async function SiteHeader({ locale, alternate, query }: SiteHeaderProps) {
  const [t, tMeta, tSwitch, tTheme] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteHeader' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'LanguageSwitch' }),
    getTranslations({ locale, namespace: 'ThemeSwitch' }),
  ]);
  const now = new Date();
  const template = t.raw('dateLine') as string;
  const { timeZone } = siteConfig;

  return (
    // Queried by its own width, in rem so it follows the reader's text size: below @md (28rem)
    // the date line and the controls may not fit one row (the longest date, "الخميس 10 سبتمبر /
    // September 2026", needs 22.6rem with them), so the logo and the controls share the first
    // row and the date takes its own row beneath.
    <header className="@container border-b border-rule bg-paper print:border-b-2">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:px-6">
        <a
          href={homePath(locale)}
          aria-label={t('homeLabel')}
          className="me-auto text-2xl font-bold text-accent"
        >
          {tMeta('siteName')}
        </a>
        <div className="contents items-center gap-3 text-sm text-muted @md:flex">
          <DateLine
            locale={locale}
            timeZone={timeZone}
            template={template}
            renderedDay={dayKey(now, timeZone)}
            renderedText={fillTemplate(template, { ...dateLineParts(now, locale, timeZone) })}
            className="order-last basis-full @md:order-none @md:basis-auto @md:whitespace-nowrap"
          />
          <LanguageSwitch
            {...alternate}
            label={tSwitch('label')}
            description={tSwitch('description')}
          />
          <ThemeSwitch
            label={tTheme('label')}
            names={{ system: tTheme('system'), light: tTheme('light'), dark: tTheme('dark') }}
          />
        </div>
        <SearchForm locale={locale} query={query} className="order-last basis-full text-sm" />
      </div>
      <SectionNav locale={locale} />
    </header>
  );
}
