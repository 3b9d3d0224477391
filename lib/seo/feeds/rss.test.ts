import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { buildRss } from './rss';
import {
  AR_TITLE,
  AR_URL,
  arNoImage,
  arSeed,
  EN_URL,
  enSeed,
  FALLBACK_JPEG,
  feedContext,
  ORIGIN,
  SEED_IMAGE_JPEG,
} from './test-fixtures';

const parser = new Parser();
const all = [arSeed, enSeed, arNoImage];

test('the Arabic RSS feed parses and describes the Arabic site', async () => {
  const xml = buildRss(all, feedContext('ar'));
  assert.equal(XMLValidator.validate(xml), true);
  const feed = await parser.parseString(xml);
  assert.equal(feed.title, 'الرواق');
  assert.equal(feed.link, `${ORIGIN}/ar`);
  assert.equal(feed.description, 'أخبار العراق والعالم العربي');
  assert.equal(feed.language, 'ar');
  assert.equal(feed.feedUrl, `${ORIGIN}/ar/feed.xml`);
  // The newest change among its articles, not the time of the build.
  assert.equal(feed.lastBuildDate, 'Mon, 01 Feb 2021 09:00:00 +0300');
});

test('items are newest first, only in the feed locale, with encoded-once links', async () => {
  const feed = await parser.parseString(buildRss(all, feedContext('ar')));
  assert.deepEqual(
    feed.items.map((item) => item.link),
    [`${ORIGIN}/ar/news/${encodeURIComponent('الدينار-يتراجع')}`, AR_URL],
  );
  for (const item of feed.items) {
    assert.doesNotMatch(item.link ?? '', /%25/, 'percent-encoded twice');
    assert.doesNotMatch(item.link ?? '', /[^\x21-\x7e]/, 'raw non-ASCII in a URL');
  }
});

test('an item carries title, guid, pubDate, full summary, section and its JPEG image', async () => {
  const xml = buildRss(all, feedContext('ar'));
  const feed = await parser.parseString(xml);
  const item = feed.items.find((candidate) => candidate.link === AR_URL);
  assert.ok(item);
  assert.equal(item.title, AR_TITLE);
  assert.equal(item.guid, AR_URL);
  assert.equal(item.pubDate, 'Fri, 22 Jan 2021 11:40:00 +0300');
  assert.equal(item.isoDate, '2021-01-22T08:40:00.000Z');
  assert.equal(item.content, arSeed.summary);
  assert.deepEqual(item.categories, ['سياسة']);
  assert.deepEqual(
    { ...item.enclosure },
    {
      url: `${ORIGIN}${SEED_IMAGE_JPEG}`,
      length: '52458',
      type: 'image/jpeg',
    },
  );
  const raw = new XMLParser({ ignoreAttributes: false }).parse(xml);
  const rawItem = raw.rss.channel.item.find((i: { link: string }) => i.link === AR_URL);
  assert.equal(rawItem.guid['@_isPermaLink'], 'true');
  assert.equal(raw.rss['@_version'], '2.0');
});

test('a story without a picture encloses the site artwork', async () => {
  const feed = await parser.parseString(buildRss(all, feedContext('ar')));
  const item = feed.items.find((candidate) => candidate.title?.startsWith('الدينار'));
  assert.ok(item);
  assert.deepEqual(
    { ...item.enclosure },
    {
      url: `${ORIGIN}${FALLBACK_JPEG}`,
      length: '28995',
      type: 'image/jpeg',
    },
  );
  assert.deepEqual(item.categories, ['اقتصاد']);
});

test('quotes, ampersands and angle brackets survive escaping', async () => {
  const xml = buildRss(all, feedContext('ar'));
  assert.match(xml, /&quot;مجددًا&quot; &amp; بقوة/);
  const feed = await parser.parseString(xml);
  assert.equal(feed.items[0]?.title, arNoImage.title);
  // A description is HTML to readers: the summary's angle brackets arrive as text, not as tags.
  assert.equal(feed.items[0]?.content, 'تراجع سعر صرف الدينار &lt;للمرة الثالثة&gt;.');

  const en = await parser.parseString(buildRss(all, feedContext('en')));
  assert.equal(en.description, 'News from Iraq & the "Arab world"');
  assert.equal(en.language, 'en');
  assert.equal(en.items.length, 1);
  assert.equal(en.items[0]?.link, EN_URL);
  assert.equal(en.items[0]?.title, enSeed.title);
  assert.equal(
    en.items[0]?.content,
    "Iraq's prime minister: no room for courtesy at the expense of Iraq &amp; Iraqis &lt;really&gt;.",
  );
  assert.deepEqual(en.items[0]?.categories, ['Politics']);
});

test('an empty feed is valid and dated now', async () => {
  const now = new Date('2024-11-21T09:00:00Z');
  const xml = buildRss([], feedContext('en', { now }));
  assert.equal(XMLValidator.validate(xml), true);
  const feed = await parser.parseString(xml);
  assert.equal(feed.items.length, 0);
  assert.equal(feed.lastBuildDate, 'Thu, 21 Nov 2024 09:00:00 +0000');
});

test('a missing image size is an error that says where sizes come from', () => {
  assert.throws(
    () => buildRss(all, feedContext('ar', { fileSizes: new Map() })),
    /No byte size for \/_img\/images\/.*-1200\.jpg.*renditionSizes/,
  );
});
