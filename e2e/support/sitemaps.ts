import { expect, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Record<string, string>[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name),
});

/** The files the sitemap index names, as paths on the server under test. */
export async function sitemapFilePaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status(), '/sitemap.xml').toBe(200);
  const { sitemapindex } = parser.parse(await response.text());
  expect(sitemapindex, 'a sitemap index').toBeDefined();
  return (sitemapindex.sitemap as { loc: string }[]).map((entry) => new URL(entry.loc).pathname);
}

/** Every URL entry of every file the index names, in order, and the raw text of those files. */
export async function allSitemapUrls(request: APIRequestContext) {
  const urls: SitemapUrl[] = [];
  const texts: string[] = [];
  for (const path of await sitemapFilePaths(request)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    texts.push(text);
    urls.push(...((parser.parse(text).urlset?.url ?? []) as SitemapUrl[]));
  }
  return { urls, text: texts.join('\n') };
}
