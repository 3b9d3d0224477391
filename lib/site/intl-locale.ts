import type { Locale } from '@/i18n/routing';

/**
 * Server (Node's ICU) and browsers disagree on defaults, so numbering system and calendar are
 * pinned: Latin digits and the Gregorian calendar in both locales.
 */
export const INTL_LOCALE: Record<Locale, string> = {
  ar: 'ar-u-nu-latn-ca-gregory',
  en: 'en-GB-u-nu-latn-ca-gregory',
};

export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format(value);
}
