import { localeDirection, type Locale } from '@/i18n/routing';

export interface Alternate {
  locale: Locale;
  href: string;
}

interface LanguageSwitchProps extends Alternate {
  /** The other language's name in its own script: "English", "العربية". */
  label: string;
  description: string;
}

/** Link to the same page in the other language. */
export function LanguageSwitch({ locale, href, label, description }: LanguageSwitchProps) {
  return (
    <a
      href={href}
      hrefLang={locale}
      title={description}
      className="inline-flex items-center rounded-full border border-rule px-3 py-1 font-medium text-ink hover:border-accent hover:text-accent pointer-coarse:min-h-11 print:hidden"
    >
      <span lang={locale} dir={localeDirection[locale]}>
        {label}
      </span>
    </a>
  );
}
