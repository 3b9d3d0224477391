import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexOf, storyFixture } from '@/lib/content/story-fixture';
import type { LivePage, LivePost } from '@/lib/content/live/live-page';
import { LIVE_KINDS, liveSearchDocs, livePageKey, livePostKey } from './live-terms';
import { parseQuery } from '@/lib/full-text/query';

const NOW = Date.parse('2026-06-01T12:00:00Z');

function post(id: string, headline: string | null, text: string): LivePost {
  return {
    id,
    locale: 'ar',
    publishedAt: '2026-06-01T10:00:00Z',
    updatedAt: null,
    headline,
    pinned: false,
    keyEvent: false,
    html: `<p>${text}</p>`,
    text,
    file: `content/live/opening/posts/${id}.ar.md`,
  };
}

function coverage(posts: LivePost[]): LivePage {
  return {
    id: 'opening',
    locale: 'ar',
    slug: 'افتتاح-المتحف',
    title: 'افتتاح المتحف الكبير',
    summary: 'تغطية مراسم الافتتاح',
    section: 'culture',
    tags: ['متاحف'],
    status: 'live',
    draft: false,
    startedAt: '2026-06-01T09:00:00Z',
    endedAt: null,
    keyPoints: ['وصول الوفود إلى الجيزة'],
    image: null,
    sources: [],
    file: 'content/live/opening/ar.md',
    posts,
  };
}

const find = (index: ReturnType<typeof indexOf>, query: string) =>
  index.search
    .find(
      parseQuery(query).words,
      { locale: 'ar', section: null, from: 0, to: Number.MAX_SAFE_INTEGER, now: NOW },
      10,
      0,
    )
    .map((hit) => `${hit.kind} ${hit.key}`);

test('a live page is found by its key points, a post by its own words, with stories', () => {
  const page = coverage([
    post('p1', 'المسلة المعلقة', 'ترتفع المسلة فوق المدخل'),
    post('p2', null, 'عروض ضوئية'),
  ]);
  const index = indexOf([storyFixture({ id: 's1', title: 'المسلة في الميدان' })]);
  index.search.replaceAll(LIVE_KINDS, liveSearchDocs([page]));
  assert.deepEqual(find(index, 'الوفود'), [`live ${livePageKey(page)}`]);
  assert.deepEqual(find(index, 'ضوئية'), [`live-post ${livePostKey(page, { id: 'p2' })}`]);
  const obelisk = find(index, 'المسلة');
  assert.ok(obelisk.includes(`live-post ${livePostKey(page, { id: 'p1' })}`), obelisk.join(', '));
  assert.equal(obelisk.filter((hit) => hit.startsWith('story ')).length, 1);
});

test('each refresh replaces the coverage whole: a removed post or page is no longer found', () => {
  const index = indexOf([]);
  index.search.replaceAll(LIVE_KINDS, liveSearchDocs([coverage([post('p1', null, 'عروض ضوئية')])]));
  assert.equal(find(index, 'ضوئية').length, 1);
  index.search.replaceAll(LIVE_KINDS, liveSearchDocs([coverage([])]));
  assert.deepEqual(find(index, 'ضوئية'), []);
  index.search.replaceAll(LIVE_KINDS, []);
  assert.deepEqual(find(index, 'الوفود'), []);
});
