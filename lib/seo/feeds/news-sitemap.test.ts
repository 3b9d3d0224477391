import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FeedArticle } from './feed-article';
import { buildNewsSitemap, isRecent, NEWS_NS, SITEMAP_NS } from './news-sitemap';
import { AR_URL, arNoImage, arSeed, enSeed, EN_URL, ORIGIN, SITE_NAMES } from './test-fixtures';

const options = { origin: ORIGIN, siteNames: SITE_NAMES };
const HOUR = 60 * 60 * 1000;

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml);

/** The seed, republished `hoursAgo` before `now` in both languages. */
function publishedBefore(now: Date, hoursAgo: number, article: FeedArticle): FeedArticle {
  return { ...article, publishedAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString() };
}

test('isRecent: the two days up to now, inclusive; nothing from the future', () => {
  const now = new Date('2024-11-21T09:00:00Z');
  assert.equal(isRecent({ publishedAt: '2024-11-21T12:00:00+03:00' }, now), true); // now
  assert.equal(isRecent({ publishedAt: '2024-11-19T12:00:00+03:00' }, now), true); // 48 h
  assert.equal(isRecent({ publishedAt: '2024-11-19T11:59:59+03:00' }, now), false);
  assert.equal(isRecent({ publishedAt: '2024-11-21T12:00:01+03:00' }, now), false);
});

test('lists articles of the last two days in every locale, newest first', () => {
  const now = new Date('2024-11-21T09:00:00Z');
  const xml = buildNewsSitemap(
    [
      publishedBefore(now, 30, arSeed),
      publishedBefore(now, 2, enSeed),
      publishedBefore(now, 49, arNoImage), // too old
    ],
    now,
    options,
  );
  assert.equal(XMLValidator.validate(xml), true);
  const { urlset } = parse(xml);
  assert.equal(urlset['@_xmlns'], SITEMAP_NS);
  assert.equal(urlset['@_xmlns:news'], NEWS_NS);
  assert.deepEqual(
    urlset.url.map((url: { loc: string }) => url.loc),
    [EN_URL, AR_URL],
  );
  const [en, ar] = urlset.url;
  assert.deepEqual(en['news:news'], {
    'news:publication': { 'news:name': 'Al-Riwaq', 'news:language': 'en' },
    'news:publication_date': '2024-11-21T07:00:00Z',
    'news:title': enSeed.title,
  });
  assert.deepEqual(ar['news:news']['news:publication'], {
    'news:name': 'الرواق',
    'news:language': 'ar',
  });
  assert.equal(ar['news:news']['news:title'], arSeed.title);
});

test('publication_date keeps the article offset, in RFC 3339', () => {
  const now = new Date('2021-01-23T00:00:00Z');
  const { urlset } = parse(buildNewsSitemap([arSeed], now, options));
  assert.equal(urlset.url[0]['news:news']['news:publication_date'], '2021-01-22T11:40:00+03:00');
  assert.equal(urlset.url[0].loc, AR_URL);
});

test('titles are escaped and come back exactly', () => {
  const now = new Date('2021-02-01T12:00:00+03:00');
  const xml = buildNewsSitemap([arNoImage], now, options);
  assert.match(xml, /&quot;مجددًا&quot; &amp; بقوة/);
  assert.equal(parse(xml).urlset.url[0]['news:news']['news:title'], arNoImage.title);
});

test('with nothing recent it is an empty urlset that still declares both namespaces', () => {
  const xml = buildNewsSitemap([arSeed, enSeed], new Date('2024-11-21T09:00:00Z'), options);
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(
    xml,
    /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"\/>/,
  );
  assert.equal(parse(xml).urlset.url, undefined);
});
