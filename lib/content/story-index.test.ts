import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Article } from './article';
import type { Section } from './sections';
import { indexOf, storyFixture } from './story-fixture';
import { StoryIndex } from './story-index';

const NOW = new Date('2026-01-01T00:00:00Z');
let day = 0;
function story(id: string, section: Section, tags: string[], locale: 'ar' | 'en' = 'ar') {
  day += 1;
  const publishedAt = `2024-01-${String(day).padStart(2, '0')}T10:00:00+03:00`;
  return storyFixture({ id, locale, section, tags, publishedAt });
}

const articles = [
  story('a', 'politics', ['العراق']),
  story('b', 'culture', ['بغداد']),
  story('c', 'politics', []),
  story('d', 'science', ['فضاء']),
  story('e', 'culture', ['العراق', 'كتب']),
  story('f', 'economy', []),
  story('g', 'politics', ['العراق'], 'en'),
];
const index = indexOf(articles);
const ids = (list: readonly Article[]) => list.map((article) => article.id);
const byId = (id: string, locale = 'ar') =>
  articles.find((article) => article.id === id && article.locale === locale)!;

describe('related stories', () => {
  test('never the story itself or another locale; those sharing a section or tag, newest first', () => {
    // e shares the tag العراق, c the section.
    assert.deepEqual(ids(index.related(byId('a'), NOW, 4)), ['e', 'c']);
    assert.deepEqual(ids(index.related(byId('e'), NOW, 4)), ['b', 'a']);
  });

  test('a story sharing nothing has none, and the limit holds', () => {
    assert.deepEqual(index.related(byId('d'), NOW, 4), []);
    assert.deepEqual(ids(index.related(byId('e'), NOW, 1)), ['b']);
    assert.deepEqual(index.related(byId('g', 'en'), NOW, 4), []);
  });
});

test('sections, tags and the latest list their public stories newest first, per locale', () => {
  assert.deepEqual(ids(index.section('ar', 'politics', NOW, 10)), ['c', 'a']);
  assert.deepEqual(ids(index.section('en', 'politics', NOW, 10)), ['g']);
  assert.deepEqual(ids(index.tag('ar', 'العراق', NOW, 10)), ['e', 'a']);
  assert.equal(index.tagName('ar', 'العراق', NOW), 'العراق');
  assert.equal(index.tagName('ar', 'nothing', NOW), null);
  assert.deepEqual(ids(index.latest('ar', NOW, 3)), ['f', 'e', 'd']);
  assert.deepEqual(
    index.topTags('ar', NOW, 2).map((tag) => [tag.slug, tag.count]),
    [
      ['العراق', 2],
      ['بغداد', 1],
    ],
  );
});

test('drafts, withdrawn stories and stories not yet due are not listed, but are found by slug', () => {
  const hidden = indexOf([
    storyFixture({ id: 'draft', draft: true }),
    storyFixture({ id: 'gone', withdrawn: true, withdrawnReason: 'خطأ' }),
    storyFixture({ id: 'later', publishedAt: '2026-02-01T00:00:00Z' }),
    storyFixture({ id: 'out' }),
  ]);
  assert.deepEqual(ids(hidden.latest('ar', NOW, 10)), ['out']);
  assert.equal(hidden.sectionCount('ar', 'politics', NOW), 1);
  assert.equal(hidden.bySlug('ar', 'draft-slug')?.draft, true);
  assert.deepEqual(hidden.publishTimes(NOW), [
    Date.parse('2024-01-01T10:00:00+03:00'),
    Date.parse('2026-02-01T00:00:00Z'),
  ]);
  assert.deepEqual(ids(hidden.latest('ar', new Date('2026-03-01T00:00:00Z'), 10)), [
    'later',
    'out',
  ]);
});

test('pages of a listing meet without a gap or an overlap, and past the end is empty', () => {
  const many = indexOf(
    Array.from({ length: 45 }, (_, n) =>
      storyFixture({
        id: `s${String(n).padStart(2, '0')}`,
        // Two stories share each time: the folder name breaks the tie, so no page shuffles.
        publishedAt: new Date(
          Date.parse('2025-01-01T00:00:00Z') + Math.floor(n / 2) * 60_000,
        ).toISOString(),
      }),
    ),
  );
  const pages = [0, 20, 40, 60].map((offset) =>
    ids(many.section('ar', 'politics', NOW, 20, offset)),
  );
  assert.deepEqual(
    pages.map((page) => page.length),
    [20, 20, 5, 0],
  );
  const all = pages.flat();
  assert.equal(new Set(all).size, 45);
  assert.deepEqual(all, ids(many.latest('ar', NOW, 100)));
  assert.deepEqual(all.slice(0, 3), ['s44', 's42', 's43']);
  assert.equal(many.sectionCount('ar', 'politics', NOW), 45);
});

test('a story replaced by a new version moves between listings, and a removed one is gone', () => {
  const live = indexOf([story('x', 'politics', ['قديم'])]);
  const moved = { ...live.bySlug('ar', 'x-slug')!, section: 'culture' as const, tags: ['جديد'] };
  assert.equal(live.putStory(moved), true);
  assert.equal(live.putStory(moved), false, 'the same version again changes nothing');
  assert.deepEqual(ids(live.section('ar', 'politics', NOW, 10)), []);
  assert.deepEqual(ids(live.section('ar', 'culture', NOW, 10)), ['x']);
  assert.equal(live.tagCount('ar', 'قديم', NOW), 0);
  assert.equal(live.tagCount('ar', 'جديد', NOW), 1);
  live.dropStory(moved.file);
  assert.equal(live.size(), 0);
  assert.equal(live.tagCount('ar', 'جديد', NOW), 0);
});

test('a damaged or outdated index file is rebuilt empty, and the files fill it again', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'story-index-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'index.sqlite');
  await writeFile(file, 'this is not a database, it is what a crash left');
  const rebuilt = new StoryIndex(file);
  assert.equal(rebuilt.size(), 0);
  rebuilt.putStory(byId('a'));
  rebuilt.close();
  const reopened = new StoryIndex(file);
  assert.equal(reopened.size(), 1, 'a sound file is kept');
  reopened.close();
});
