import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import { INTL_LOCALE } from '@/lib/site/intl-locale';
import { defaultLiveLocation } from '@/lib/content/live/live-location';
import type { LivePage, LivePost } from '@/lib/content/live/live-page';
import { LiveStore } from '@/lib/content/live/live-store';
import { liveLayout, olderPosts, pageOfPost } from '@/lib/content/live/paging';
import { pluralTemplates } from './live-labels';
import { ago, type AgoTemplates } from '@/lib/dates/relative-time';
import { newPostsAfter, readAfter } from './updates';

const tAr = createTranslator({ locale: 'ar', messages: ar, namespace: 'LivePage' });
const templates: AgoTemplates = {
  tag: INTL_LOCALE.ar,
  now: tAr('agoNow'),
  units: {
    minute: pluralTemplates('ar', (n) => tAr('agoMinutes', { n, count: '#' })),
    hour: pluralTemplates('ar', (n) => tAr('agoHours', { n, count: '#' })),
    day: pluralTemplates('ar', (n) => tAr('agoDays', { n, count: '#' })),
  },
};

describe('relative times in Arabic take the right plural form', () => {
  const minute = 60_000;
  const cases: [number, string][] = [
    [20_000, 'الآن'],
    [minute, 'منذ دقيقة'],
    [2 * minute, 'منذ دقيقتين'],
    [5 * minute, 'منذ 5 دقائق'],
    [11 * minute, 'منذ 11 دقيقة'],
    [3 * 60 * minute, 'منذ 3 ساعات'],
    [2 * 24 * 60 * minute, 'منذ يومين'],
  ];
  for (const [ms, text] of cases) test(text, () => assert.equal(ago(ms, templates), text));
  test('new posts', () => {
    const forms = pluralTemplates('ar', (n) => tAr('newPosts', { n, count: '#' }));
    assert.equal(forms.few, '# منشورات جديدة');
    assert.equal(forms.two, 'منشوران جديدان');
  });
});

const post = (n: number, extra: Partial<LivePost> = {}): LivePost => ({
  id: `p-${String(n).padStart(3, '0')}`,
  locale: 'en',
  publishedAt: new Date(Date.UTC(2025, 10, 1, 12, n)).toISOString(),
  updatedAt: null,
  headline: null,
  pinned: false,
  keyEvent: false,
  html: '<p>x</p>',
  text: 'x',
  file: `posts/p-${n}.en.md`,
  ...extra,
});

/** A page of `count` posts, newest first, as the store makes it. */
const pageOf = (count: number, pinned = false): LivePage =>
  ({
    posts: Array.from({ length: count }, (_, i) =>
      post(i, { pinned: pinned && i === count - 1 }),
    ).reverse(),
  }) as LivePage;

describe('pages of older posts are fixed blocks counted from the oldest', () => {
  test('16 posts: all on the live page, no older page', () => {
    const layout = liveLayout(pageOf(16));
    assert.equal(layout.current.length, 16);
    assert.equal(layout.archived, 0);
    assert.equal(layout.current[0]!.id, 'p-015');
  });
  test('41 posts: the newest 21 on the live page, page 1 holds the first 20', () => {
    const page = pageOf(41);
    const layout = liveLayout(page);
    assert.equal(layout.current.length, 21);
    assert.equal(layout.archived, 1);
    assert.deepEqual(
      olderPosts(page, 1)!.map((p) => p.id),
      Array.from({ length: 20 }, (_, i) => post(19 - i).id),
    );
    assert.equal(olderPosts(page, 2), null);
    assert.equal(pageOfPost(page, 'p-000'), 1);
    assert.equal(pageOfPost(page, 'p-040'), 0);
  });
  test('a post keeps its page as posts arrive', () => {
    for (const count of [40, 41, 59, 60, 61, 100]) {
      assert.equal(pageOfPost(pageOf(count), 'p-005'), 1, `${count} posts`);
    }
    assert.equal(pageOfPost(pageOf(61), 'p-025'), 2);
  });
  test('the pinned post is apart, on the live page', () => {
    const page = pageOf(5, true);
    assert.equal(liveLayout(page).pinned!.id, 'p-004');
    assert.equal(liveLayout(page).current.length, 4);
    assert.equal(pageOfPost(page, 'p-004'), 0);
  });
});

describe('the updates answer', () => {
  test('gives the posts after the newest one the page shows', () => {
    const page = pageOf(10);
    assert.deepEqual(
      newPostsAfter(page, 'p-007').map((p) => p.id),
      ['p-009', 'p-008'],
    );
    assert.equal(newPostsAfter(page, 'p-009').length, 0);
    assert.equal(newPostsAfter(page, 'gone').length, 0);
  });
  test('refuses a strange after', () => {
    assert.equal(readAfter(new URLSearchParams('after=../x')).ok, false);
    assert.equal(readAfter(new URLSearchParams('after=a&after=b')).ok, false);
    assert.deepEqual(readAfter(new URLSearchParams('')), { ok: true, after: null });
  });
});

test('LIVE_DIR: content/live by default, none beside a CONTENT_DIR unless named', () => {
  assert.match(defaultLiveLocation({})!.liveDir, /content[/\\]live$/);
  assert.equal(defaultLiveLocation({ CONTENT_DIR: 'x' }), null);
  assert.equal(defaultLiveLocation({ LIVE_DIR: '' }), null);
  assert.match(defaultLiveLocation({ CONTENT_DIR: 'x', LIVE_DIR: 'y' })!.liveDir, /y$/);
});

describe('the live store', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'live-store-'));
  after(() => rm(root, { recursive: true, force: true }));
  const folder = path.join(root, 'live', 'event');
  await mkdir(path.join(folder, 'posts'), { recursive: true });
  await mkdir(path.join(root, 'public'));
  const store = new LiveStore({
    liveDir: path.join(root, 'live'),
    publicDir: path.join(root, 'public'),
    rootDir: root,
  });
  const write = (name: string, text: string) => writeFile(path.join(folder, name), text);
  const PAGE = [
    '---',
    'slug: event',
    'title: An event',
    'summary: What happened.',
    'section: culture',
    'status: live',
    'startedAt: 2025-11-01T15:00:00+02:00',
    'keyPoints: [One thing]',
    '---',
    '',
  ].join('\n');
  const POST = (time: string, body: string) => `---\npublishedAt: ${time}\n---\n\n${body}\n`;

  test('publishes posts newest first; a broken post keeps its last good version', async () => {
    await write('en.md', PAGE);
    await write('posts/a.en.md', POST('2025-11-01T15:00:00+02:00', 'First.'));
    await write('posts/b.en.md', POST('2025-11-01T15:10:00+02:00', 'Second.'));
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(
      store.page('en', 'event')!.posts.map((p) => p.id),
      ['b', 'a'],
    );
    await write('posts/b.en.md', '---\npublishedAt: soon\n---\n\nBroken.\n');
    const broken = await store.refresh();
    assert.equal(broken.changed, false);
    assert.equal(broken.newProblems[0]?.field, 'publishedAt');
    assert.equal(store.page('en', 'event')!.posts[0]!.text, 'Second.');
    await rm(path.join(folder, 'posts', 'b.en.md'));
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(
      store.page('en', 'event')!.posts.map((p) => p.id),
      ['a'],
    );
    assert.equal(store.problems.length, 0);
  });
});
