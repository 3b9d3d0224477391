import { absoluteUrl } from '@/lib/site/urls';
import { SITEMAP_NS } from './news-sitemap';
import { el, renderXmlDocument } from '@/lib/util/xml';

/** Search engines read at most 50,000 URLs from one sitemap file. */
export const URLS_PER_FILE = 50_000;

/**
 * The files the sitemap index names: the home pages, then the stories oldest first, 50,000 to a
 * file, so a new story joins the last file and the others stay as search engines last read them.
 */
export type SitemapFile = { kind: 'home' } | { kind: 'stories'; number: number };

const HOME = 'home.xml';
const STORIES = /^stories-([1-9]\d{0,5})\.xml$/;

export function sitemapFiles(storyCount: number): SitemapFile[] {
  const storyFiles = Math.max(1, Math.ceil(storyCount / URLS_PER_FILE));
  return [
    { kind: 'home' },
    ...Array.from({ length: storyFiles }, (_, i) => ({ kind: 'stories' as const, number: i + 1 })),
  ];
}

const sitemapFileName = (file: SitemapFile) =>
  file.kind === 'home' ? HOME : `stories-${file.number}.xml`;

const sitemapFilePath = (file: SitemapFile) => `/sitemaps/${sitemapFileName(file)}`;

/** The file a name asks for, among those the archive has now; null for any other name. */
export function readSitemapFileName(name: string, storyCount: number): SitemapFile | null {
  if (name === HOME) return { kind: 'home' };
  const number = Number(STORIES.exec(name)?.[1]);
  return number <= sitemapFiles(storyCount).length - 1 ? { kind: 'stories', number } : null;
}

/** Where a stories file starts among the stories, oldest first. */
export const storiesOffset = (number: number) => (number - 1) * URLS_PER_FILE;

export function buildSitemapIndex(files: readonly SitemapFile[], origin: string): string {
  const entries = files.map((file) =>
    el('sitemap', null, [el('loc', null, absoluteUrl(sitemapFilePath(file), origin))]),
  );
  return renderXmlDocument(el('sitemapindex', { xmlns: SITEMAP_NS }, entries));
}
