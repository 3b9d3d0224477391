import type { Locale } from '@/i18n/routing';

/** Open Graph cards are 1200x630, the size Facebook, X, LinkedIn and WhatsApp all crop well. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** JPEG: the photographic background costs ~100 KB as JPEG and well over 300 KB as PNG. */
export const OG_TYPE = 'image/jpeg';

/** Where the build writes an article's card, under public/ (and where it is served). */
export function ogImagePath(locale: Locale, articleId: string): string {
  return `/og/${locale}/${articleId}.jpg`;
}

/** Where the build writes a locale's home page card. */
export function homeOgImagePath(locale: Locale): string {
  return `/og/${locale}/home.jpg`;
}
