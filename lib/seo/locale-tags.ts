import type { Locale } from '@/i18n/routing';

/** Open Graph locale codes (Facebook's list has ar_AR, not ar_IQ). */
export const OG_LOCALE: Record<Locale, string> = {
  ar: 'ar_AR',
  en: 'en_US',
};
