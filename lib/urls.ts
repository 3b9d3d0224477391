import type { Locale } from '@/i18n/routing';
import { siteConfig } from './site-config';

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/** The path of an article, with the slug percent-encoded exactly once. */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/news/${encodeURIComponent(slug)}`;
}

export function absoluteUrl(path: string, origin: string = siteConfig.origin): string {
  return new URL(path, origin).href;
}
