import type { Locale } from '@/i18n/routing';
import { siteConfig } from './config';

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/** The path of an article, with the slug percent-encoded exactly once. */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/news/${encodeURIComponent(slug)}`;
}

/** Editors open `/{locale}/preview?secret=…&slug=…` to see a draft or a scheduled story. */
function previewPath(locale: Locale): string {
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

/** A live page; `page` n > 0 is its n-th page of older posts, counted from the oldest. */
export function livePath(locale: Locale, slug: string, page = 0): string {
  const path = `/${locale}/live/${encodeURIComponent(slug)}`;
  return page > 0 ? `${path}/page/${page}` : path;
}

/** A live post's own address: it sends the reader to the page that holds the post, at the post. */
export function livePostPath(locale: Locale, slug: string, id: string): string {
  return `${livePath(locale, slug)}/post/${id}`;
}

export function liveUpdatesPath(locale: Locale, slug: string): string {
  return `${livePath(locale, slug)}/updates`;
}

export const postAnchor = (id: string) => `post-${id}`;

/** Each lite page sits beside the full page it stands for, under `/lite`. */
export const litePath = {
  home: (locale: Locale) => `${homePath(locale)}/lite`,
  story: (locale: Locale, slug: string) => `${articlePath(locale, slug)}/lite`,
  section: (locale: Locale, section: string) => `${sectionPath(locale, section)}/lite`,
};

export const searchPath = (locale: Locale) => `/${locale}/search`;

export const openSearchPath = (locale: Locale) => `/${locale}/opensearch.xml`;

export const rssPath = (locale: Locale) => `/${locale}/feed.xml`;

export const atomPath = (locale: Locale) => `/${locale}/atom.xml`;
