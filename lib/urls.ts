import type { Locale } from '@/i18n/routing';
import { siteConfig } from './site-config';

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/** The path of an article, with the slug percent-encoded exactly once. */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/news/${encodeURIComponent(slug)}`;
}

/** Editors open `/{locale}/preview?secret=…&slug=…` to see a draft or a scheduled story. */
export function previewPath(locale: Locale): string {
  return `/${locale}/preview`;
}

export function previewExitPath(locale: Locale): string {
  return `${previewPath(locale)}/exit`;
}

export function absoluteUrl(path: string, origin: string = siteConfig.origin): string {
  return new URL(path, origin).href;
}

function withPage(path: string, page: number): string {
  return page > 1 ? `${path}/page/${page}` : path;
}

export function sectionPath(locale: Locale, section: string, page = 1): string {
  return withPage(`/${locale}/section/${section}`, page);
}

export function tagPath(locale: Locale, slug: string, page = 1): string {
  return withPage(`/${locale}/tag/${encodeURIComponent(slug)}`, page);
}
