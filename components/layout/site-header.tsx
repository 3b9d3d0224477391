import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { dateLineParts, dayKey, fillTemplate } from '@/lib/dates';
import { siteConfig } from '@/lib/site-config';
import { homePath } from '@/lib/urls';
import { DateLine } from './date-line';
import { LanguageSwitch, type Alternate } from './language-switch';
import { SectionNav } from './section-nav';
import { ThemeSwitch } from './theme-switch';

interface SiteHeaderProps {
  locale: Locale;
  /** The current page in the other language, or that language's home page. */
  alternate: Alternate;
}

export async function SiteHeader({ locale, alternate }: SiteHeaderProps) {
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
    <header className="border-b border-rule bg-paper print:border-b-2">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <a
          href={homePath(locale)}
          aria-label={t('homeLabel')}
          className="text-2xl font-bold text-accent"
        >
          {tMeta('siteName')}
        </a>
        <div className="flex items-center gap-3 text-sm text-muted">
          <DateLine
            locale={locale}
            timeZone={timeZone}
            template={template}
            renderedDay={dayKey(now, timeZone)}
            renderedText={fillTemplate(template, { ...dateLineParts(now, locale, timeZone) })}
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
      </div>
      <SectionNav locale={locale} />
    </header>
  );
}
