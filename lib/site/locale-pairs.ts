import { routing, type Locale } from '@/i18n/routing';

/** The site's other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
}
