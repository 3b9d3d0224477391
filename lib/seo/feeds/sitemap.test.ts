import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// How `next build` turns app/sitemap.ts's array into XML, so the test sees the same document.
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import type { FeedArticle } from './feed-article';
import { hreflangAlternates, type ArticleVersions } from '@/lib/seo/alternates';
import { homeEntries, storyEntries } from './sitemap';
import { buildSitemapIndex, readSitemapFileName, sitemapFiles } from './sitemap-files';
import { AR_URL, arNoImage, arSeed, EN_URL, enSeed, ORIGIN } from './test-fixtures';

const seedVersions = { ar: arSeed, en: enSeed };
const entries: ArticleVersions[] = [
  { article: arSeed, versions: seedVersions },
  { article: arNoImage, versions: { ar: arNoImage } },
  { article: enSeed, versions: seedVersions },
];

test('a translated article names both versions and x-default (the Arabic one)', () => {
  const expected = { ar: AR_URL, en: EN_URL, 'x-default': AR_URL };
  assert.deepEqual(
    hreflangAlternates({ article: arSeed, versions: seedVersions }, ORIGIN),
    expected,
  );
  assert.deepEqual(
    hreflangAlternates({ article: enSeed, versions: seedVersions }, ORIGIN),
    expected,
  );
});

test('an untranslated article names only itself; x-default falls back to it', () => {
  const enOnly: FeedArticle = { ...enSeed, id: 'en-only' };
  assert.deepEqual(hreflangAlternates({ article: enOnly, versions: { en: enOnly } }, ORIGIN), {
    en: EN_URL,
    'x-default': EN_URL,
  });
  const arUrl = `${ORIGIN}/ar/news/${encodeURIComponent('الدينار-يتراجع')}`;
  assert.deepEqual(hreflangAlternates(entries[1]!, ORIGIN), { ar: arUrl, 'x-default': arUrl });
});

test('homes are dated by the stories they show; stories by updatedAt ?? publishedAt', () => {
  const homes = homeEntries({ ar: [arSeed, arNoImage], en: [enSeed] }, ORIGIN);
  assert.deepEqual(
    homes.map(({ url, lastModified }) => [url, lastModified]),
    [
      [`${ORIGIN}/ar`, '2021-02-01T09:00:00+03:00'],
      [`${ORIGIN}/en`, '2021-01-22T15:05:00+03:00'],
    ],
  );
  assert.deepEqual(homes[0]?.alternates?.languages, {
    ar: `${ORIGIN}/ar`,
    en: `${ORIGIN}/en`,
    'x-default': `${ORIGIN}/ar`,
  });
  assert.deepEqual(
    storyEntries(entries, ORIGIN).map(({ url, lastModified }) => [url, lastModified]),
    [
      [AR_URL, '2021-01-22T15:05:00+03:00'],
      [`${ORIGIN}/ar/news/${encodeURIComponent('الدينار-يتراجع')}`, '2021-02-01T09:00:00+03:00'],
      [EN_URL, '2021-01-22T15:05:00+03:00'],
    ],
  );
  assert.equal(homeEntries({}, ORIGIN)[0]?.lastModified, undefined, 'no stories, no date');
});

test('the index names the home file and one stories file per 50,000 stories', () => {
  const names = (count: number) =>
    sitemapFiles(count).map((file) =>
      readSitemapFileName(file.kind === 'home' ? 'home.xml' : `stories-${file.number}.xml`, count),
    );
  assert.equal(sitemapFiles(0).length, 2, 'an empty archive still has a (empty) stories file');
  assert.equal(sitemapFiles(50_000).length, 2);
  assert.equal(sitemapFiles(50_001).length, 3);
  assert.equal(sitemapFiles(100_000).length, 3);
  assert.deepEqual(names(120_000), [
    { kind: 'home' },
    { kind: 'stories', number: 1 },
    { kind: 'stories', number: 2 },
    { kind: 'stories', number: 3 },
  ]);
  for (const name of ['stories-4.xml', 'stories-0.xml', 'stories-01.xml', 'stories-1.xml.gz', '']) {
    assert.equal(readSitemapFileName(name, 120_000), null, name);
  }
  const xml = buildSitemapIndex(sitemapFiles(60_000), ORIGIN);
  assert.equal(XMLValidator.validate(xml), true);
  const { sitemapindex } = new XMLParser({ isArray: (name) => name === 'sitemap' }).parse(xml);
  assert.deepEqual(
    sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc),
    [
      `${ORIGIN}/sitemaps/home.xml`,
      `${ORIGIN}/sitemaps/stories-1.xml`,
      `${ORIGIN}/sitemaps/stories-2.xml`,
    ],
  );
});

test('every URL is absolute, ASCII and percent-encoded exactly once', () => {
  const urls = [...homeEntries({}, ORIGIN), ...storyEntries(entries, ORIGIN)].flatMap((entry) => [
    entry.url,
    ...Object.values(entry.alternates?.languages ?? {}),
  ]);
  assert.equal(urls.length, 19);
  for (const url of urls) {
    assert.ok(url !== undefined);
    assert.ok(url.startsWith(`${ORIGIN}/`), url);
    assert.doesNotMatch(url, /%25/, url);
    assert.doesNotMatch(url, /[^\x21-\x7e]/, url);
    assert.equal(new URL(url).href, url);
  }
  assert.equal(decodeURIComponent(new URL(AR_URL).pathname), `/ar/news/${arSeed.slug}`);
});

test('Next renders it as a urlset with xhtml:link hreflang alternates', () => {
  const xml = resolveSitemap(storyEntries(entries, ORIGIN));
  assert.equal(XMLValidator.validate(xml), true);
  const { urlset } = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'xhtml:link'].includes(name),
  }).parse(xml);
  assert.equal(urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  assert.equal(urlset['@_xmlns:xhtml'], 'http://www.w3.org/1999/xhtml');
  const seed = urlset.url.find((url: { loc: string }) => url.loc === AR_URL);
  assert.deepEqual(
    seed['xhtml:link'].map((link: Record<string, string>) => [
      link['@_rel'],
      link['@_hreflang'],
      link['@_href'],
    ]),
    [
      ['alternate', 'ar', AR_URL],
      ['alternate', 'en', EN_URL],
      ['alternate', 'x-default', AR_URL],
    ],
  );
  assert.equal(seed.lastmod, '2021-01-22T15:05:00+03:00');
});
