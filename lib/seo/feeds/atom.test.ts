import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { buildAtom } from './atom';
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

const all = [arSeed, enSeed, arNoImage];

interface RawLink {
  '@_rel': string;
  '@_href': string;
  '@_type'?: string;
  '@_length'?: string;
  '@_hreflang'?: string;
}

const raw = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'link'].includes(name),
  }).parse(xml);

test('the Arabic Atom feed is Atom 1.0 in Arabic with self and alternate links', () => {
  const xml = buildAtom(all, feedContext('ar'));
  assert.equal(XMLValidator.validate(xml), true);
  const { feed } = raw(xml);
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed['@_xml:lang'], 'ar');
  assert.equal(feed.id, `${ORIGIN}/ar`);
  assert.equal(feed.title, 'الرواق');
  assert.equal(feed.subtitle, 'أخبار العراق والعالم العربي');
  assert.equal(feed.updated, '2021-02-01T09:00:00+03:00');
  const links = feed.link as RawLink[];
  assert.deepEqual(
    links.map((link) => [link['@_rel'], link['@_href'], link['@_type']]),
    [
      ['self', `${ORIGIN}/ar/atom.xml`, 'application/atom+xml'],
      ['alternate', `${ORIGIN}/ar`, 'text/html'],
    ],
  );
});

test('entries carry id, title, link, dates, summary, category, author and enclosure', () => {
  const { feed } = raw(buildAtom(all, feedContext('ar')));
  const entries = feed.entry as Record<string, unknown>[];
  assert.deepEqual(
    entries.map((entry) => entry.id),
    [`${ORIGIN}/ar/news/${encodeURIComponent('الدينار-يتراجع')}`, AR_URL],
  );
  const seed = entries[1]!;
  assert.equal(seed.title, AR_TITLE);
  assert.equal(seed.published, '2021-01-22T11:40:00+03:00');
  assert.equal(seed.updated, '2021-01-22T15:05:00+03:00');
  assert.equal(seed.summary, arSeed.summary);
  assert.deepEqual(seed.author, { name: 'وكالات' });
  assert.equal((seed.category as Record<string, string>)['@_term'], 'سياسة');
  const links = seed.link as RawLink[];
  assert.deepEqual(links[0], { '@_rel': 'alternate', '@_type': 'text/html', '@_href': AR_URL });
  assert.deepEqual(links[1], {
    '@_rel': 'enclosure',
    '@_type': 'image/jpeg',
    '@_length': '52458',
    '@_href': `${ORIGIN}${SEED_IMAGE_JPEG}`,
  });

  const noImage = entries[0]!;
  // Never updated: `updated` is the publication time.
  assert.equal(noImage.updated, '2021-02-01T09:00:00+03:00');
  assert.deepEqual(noImage.author, { name: 'وكالات، الرواق' });
  assert.equal((noImage.link as RawLink[])[1]?.['@_href'], `${ORIGIN}${FALLBACK_JPEG}`);
});

test('rss-parser reads the Atom feed: links, titles with quotes, summaries', async () => {
  const parser = new Parser<object, { links: { $: Record<string, string> }[]; author?: string }>({
    customFields: { item: [['link', 'links', { keepArray: true }]] },
  });
  const feed = await parser.parseString(buildAtom(all, feedContext('ar')));
  assert.equal(feed.title, 'الرواق');
  assert.equal(feed.link, `${ORIGIN}/ar`);
  assert.equal(feed.feedUrl, `${ORIGIN}/ar/atom.xml`);
  assert.deepEqual(
    feed.items.map((item) => [item.title, item.link]),
    [
      [arNoImage.title, `${ORIGIN}/ar/news/${encodeURIComponent('الدينار-يتراجع')}`],
      [AR_TITLE, AR_URL],
    ],
  );
  assert.equal(feed.items[0]?.summary, arNoImage.summary);
  const enclosure = feed.items[1]?.links.find((link) => link.$.rel === 'enclosure');
  assert.equal(enclosure?.$.href, `${ORIGIN}${SEED_IMAGE_JPEG}`);

  const en = await parser.parseString(buildAtom(all, feedContext('en')));
  assert.equal(en.items.length, 1);
  assert.equal(en.items[0]?.link, EN_URL);
  assert.equal(en.items[0]?.title, enSeed.title);
  assert.equal(en.items[0]?.author, 'Reuters, AFP');
});

test('an empty Atom feed is valid and dated now', () => {
  const xml = buildAtom([], feedContext('en', { now: new Date('2024-11-21T09:00:00Z') }));
  assert.equal(XMLValidator.validate(xml), true);
  const { feed } = raw(xml);
  assert.equal(feed['@_xml:lang'], 'en');
  assert.equal(feed.updated, '2024-11-21T09:00:00Z');
  assert.equal(feed.entry, undefined);
});
