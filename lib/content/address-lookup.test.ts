import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { lookUpAddress, LOCALE_ROUTES } from './address-lookup';
import type { Article } from './article';
import { indexOf, storyFixture } from './story-fixture';
import { PAGE_SIZE } from '@/lib/util/pagination';

const NOW = new Date('2026-06-01T12:00:00Z');
const LIVE_CONTENT = Symbol.for('alriwaq.live-content');

const story = (n: number, overrides: Partial<Article> = {}) =>
  storyFixture({
    id: `story-${n}`,
    slug: `خبر-${n}`,
    publishedAt: new Date(NOW.getTime() - (n + 1) * 3600_000).toISOString(),
    tags: ['العراق'],
    ...overrides,
  });

// One page and one story of politics, plus stories readers may not see: they count for nothing.
const articles = [
  ...Array.from({ length: PAGE_SIZE + 1 }, (_, n) => story(n)),
  story(100, { slug: 'مسودة', draft: true, section: 'science', tags: ['فضاء'] }),
  story(101, { slug: 'لاحق', publishedAt: '2026-06-02T00:00:00Z', section: 'science' }),
  story(102, { slug: 'مسحوب', withdrawn: true, withdrawnReason: 'خطأ', section: 'science' }),
];
const globals = globalThis as Record<symbol, unknown>;
globals[LIVE_CONTENT] = { lastRefreshAt: NOW.getTime(), store: { index: indexOf(articles) } };
after(() => delete globals[LIVE_CONTENT]);

const look = (pathname: string, preview = false) =>
  lookUpAddress('ar', pathname.split('/').slice(2), { now: NOW, preview });
const encoded = (text: string) => encodeURIComponent(text);

test('every route folder under app/[locale] is one the lookup knows, and no other', () => {
  const folder = path.join(import.meta.dirname, '..', '..', 'app', '[locale]');
  const routes = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
    .map((entry) => entry.name)
    .sort();
  assert.deepEqual(routes, Object.keys(LOCALE_ROUTES).sort());
});

test('stories readers may see are pages; unknown, draft and scheduled ones are missing', () => {
  assert.equal(look(`/ar/news/${encoded('خبر-3')}`), 'page');
  assert.equal(look(`/ar/news/${encoded('خبر-غير-موجود')}`), 'missing');
  assert.equal(look(`/ar/news/${encoded('مسودة')}`), 'missing');
  assert.equal(look(`/ar/news/${encoded('لاحق')}`), 'missing');
  assert.equal(look(`/ar/news/${encoded('خبر-3')}/more`), 'missing');
  assert.equal(look('/ar/news/%E0%A4%A'), 'missing');
  const withdrawn = look(`/ar/news/${encoded('مسحوب')}`);
  assert.equal(typeof withdrawn === 'object' && withdrawn.withdrawn.slug, 'مسحوب');
});

test('a lite page exists exactly when its story or section page does', () => {
  assert.equal(look(`/ar/news/${encoded('خبر-3')}/lite`), 'page');
  assert.equal(look(`/ar/news/${encoded('مسودة')}/lite`), 'missing');
  assert.equal(look(`/ar/news/${encoded('خبر-غير-موجود')}/lite`), 'missing');
  assert.equal(look(`/ar/news/${encoded('خبر-3')}/lite/x`), 'missing');
  const withdrawn = look(`/ar/news/${encoded('مسحوب')}/lite`);
  assert.equal(typeof withdrawn === 'object' && withdrawn.withdrawn.slug, 'مسحوب');
  assert.equal(look('/ar/section/politics/lite'), 'page');
  assert.equal(look('/ar/section/science/lite'), 'missing');
  assert.equal(look('/ar/section/sports/lite'), 'missing');
  assert.equal(look(`/ar/tag/${encoded('العراق')}/lite`), 'missing');
  assert.equal(look('/ar/lite'), 'page');
  assert.equal(look('/ar/lite/x'), 'missing');
});

test('in Draft Mode an unreadable story is left to its route, which shows it to its editor', () => {
  assert.equal(look(`/ar/news/${encoded('مسودة')}`, true), 'undecided');
  assert.equal(look(`/ar/news/${encoded('خبر-3')}`, true), 'page');
});

test('listings exist for their readable stories, page by page', () => {
  assert.equal(look('/ar/section/politics'), 'page');
  assert.equal(look('/ar/section/politics/page/2'), 'page');
  assert.equal(look('/ar/section/politics/page/3'), 'missing');
  assert.equal(look('/ar/section/politics/page/1'), 'missing');
  assert.equal(look('/ar/section/politics/page/02'), 'missing');
  assert.equal(look('/ar/section/sports'), 'missing');
  // Its only stories are a draft, a scheduled one and a withdrawn one.
  assert.equal(look('/ar/section/science'), 'missing');
  assert.equal(look(`/ar/tag/${encoded('العراق')}`), 'page');
  assert.equal(look(`/ar/tag/${encoded('العراق')}/page/2`), 'page');
  assert.equal(look(`/ar/tag/${encoded('فضاء')}`), 'missing');
  assert.equal(look('/ar/tag'), 'missing');
});

test('home and feeds are pages, preview decides itself, and every other address is missing', () => {
  assert.equal(look('/ar'), 'page');
  assert.equal(look('/ar/feed.xml'), 'page');
  assert.equal(look('/ar/atom.xml'), 'page');
  assert.equal(look('/ar/preview'), 'undecided');
  assert.equal(look('/ar/no/such/page'), 'missing');
  assert.equal(look('/ar/feed.xml/x'), 'missing');
});

test('before the content is loaded, pages that depend on it are left to their routes', () => {
  const held = globals[LIVE_CONTENT];
  delete globals[LIVE_CONTENT];
  try {
    assert.equal(look(`/ar/news/${encoded('خبر-غير-موجود')}`), 'undecided');
    assert.equal(look('/ar/no/such/page'), 'missing');
  } finally {
    globals[LIVE_CONTENT] = held;
  }
});
