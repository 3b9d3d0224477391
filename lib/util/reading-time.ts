import type { Locale } from '@/i18n/routing';

// Typical silent reading speeds of news text, words per minute: Arabic words carry clitics
// (و، ب، ال...) and read a little slower than English ones.
const WORDS_PER_MINUTE: Record<Locale, number> = { ar: 180, en: 230 };

/** Minutes to read `words`, at least one. */
export function readingMinutes(words: number, locale: Locale): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[locale]));
}
