import type { Locale } from '@/i18n/routing';

export function rssPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

export function atomPath(locale: Locale): string {
  return `/${locale}/atom.xml`;
}
