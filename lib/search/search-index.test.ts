import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '@/lib/content/article';
import { indexOf, storyFixture } from '@/lib/content/story-fixture';
import { parseQuery } from '@/lib/full-text/query';
import type { SearchFilters } from '@/lib/full-text/search-tables';

const NOW = new Date('2026-06-01T12:00:00Z');
let n = 0;
function story(title: string, overrides: Partial<Article> = {}): Article {
  n += 1;
  return storyFixture({
    id: `s${n}`,
    title,
    summary: 'موجز الخبر',
    publishedAt: new Date(NOW.getTime() - (100 - n) * 3600_000).toISOString(),
    ...overrides,
  });
}

const texts = [
  'أحمد في الإنتخابات',
  'كأس آسيا',
  'مصطفى في القاهرة',
  'محمد رئيـــس',
  'فالحكومة والكاظمي بالقدس',
  'للأمم والمتظاهرون',
  'كاتب من مصير وزارة',
];
const stories = texts.map((title) => story(title));
const draft = story('مسودة الكاظمي', { draft: true });
const scheduled = story('لاحق الكاظمي', {
  publishedAt: new Date(NOW.getTime() + 3600_000).toISOString(),
});
const withdrawn = story('مسحوب الكاظمي', { withdrawn: true, withdrawnReason: 'خطأ' });
const english = story('Elections in Baghdad', { locale: 'en', section: 'economy' });
const index = indexOf([...stories, draft, scheduled, withdrawn, english]);

const filters = (overrides: Partial<SearchFilters> = {}): SearchFilters => ({
  locale: 'ar',
  section: null,
  from: 0,
  to: Number.MAX_SAFE_INTEGER,
  now: NOW.getTime(),
  ...overrides,
});
const find = (query: string, more: Partial<SearchFilters> = {}) =>
  index.search
    .find(parseQuery(query).words, filters(more), 10, 0)
    .map((hit) => index.story(hit.key)!.title);

describe('search over the index', () => {
  const expected: [string, string][] = [
    ['احمد', texts[0]!],
    ['الانتخابات', texts[0]!],
    ['اسيا', texts[1]!],
    ['مصطفي', texts[2]!],
    ['القاهره', texts[2]!],
    ['مُحَمَّد', texts[3]!],
    ['رئيس', texts[3]!],
    ['حكومة', texts[4]!],
    ['الكاظمي', texts[4]!],
    ['القدس', texts[4]!],
    ['الأمم', texts[5]!],
    ['المتظاهرين', texts[5]!],
  ];
  for (const [query, title] of expected) {
    test(`${query} finds “${title}”`, () => assert.deepEqual(find(query), [title]));
  }
  for (const query of ['كتاب', 'مصر', 'زار']) {
    test(`${query} finds nothing`, () => assert.deepEqual(find(query), []));
  }

  test('drafts, stories not yet due and withdrawn ones are never found', () => {
    assert.deepEqual(find('الكاظمي'), [texts[4]]);
    const later = new Date(NOW.getTime() + 2 * 3600_000).getTime();
    assert.deepEqual(find('الكاظمي', { now: later }).sort(), [texts[4], 'لاحق الكاظمي'].sort());
  });

  test('exact forms rank above stemmed ones, and newer stories come first on ties', () => {
    const exact = story('الحكومة تجتمع');
    const stemmed = story('حكومات تجتمع');
    const newer = story('الحكومة تجتمع', { id: 'newer' });
    const local = indexOf([stemmed, exact, newer]);
    const titles = local.search
      .find(parseQuery('الحكومة').words, filters({ now: Date.now() }), 10, 0)
      .map((hit) => local.story(hit.key)!.id);
    assert.deepEqual(titles, ['newer', exact.id, stemmed.id]);
  });

  test('filters by locale, section and dates', () => {
    assert.deepEqual(find('elections'), []);
    assert.deepEqual(find('elections', { locale: 'en' }), ['Elections in Baghdad']);
    assert.deepEqual(find('elections', { locale: 'en', section: 'politics' }), []);
    assert.deepEqual(find('الكاظمي', { to: Date.parse(stories[4]!.publishedAt) }), []);
  });

  test('an edited story is found by its new words only, a dropped one not at all', () => {
    const local = indexOf([story('بغداد', { id: 'edit' })]);
    local.putStory(story('البصرة', { id: 'edit' }));
    const words = (q: string) => local.search.find(parseQuery(q).words, filters(), 10, 0).length;
    assert.equal(words('بغداد'), 0);
    assert.equal(words('البصرة'), 1);
    local.dropStory('content/articles/edit/ar.md');
    assert.equal(words('البصرة'), 0);
  });

  test('hostile queries are plain words', () => {
    for (const query of ['"', 'الكاظمي" OR', 'AND OR NOT', '(*) ^ : {', 'NEAR(a b)', '-']) {
      assert.doesNotThrow(() => find(query), query);
    }
    assert.deepEqual(find('"الكاظمي'), [texts[4]]);
  });
});

test('a query with a word no story has finds the stories with the others, most words first', async () => {
  const { searchIndex } = await import('./search-stories');
  const { readSearchParams } = await import('./search-params');
  const outcome = searchIndex(
    index,
    'ar',
    readSearchParams({ q: 'الكاظمي بالقدس سنغافورة' }),
    'UTC',
  );
  assert.equal(outcome.partial, true);
  assert.equal(outcome.results[0]?.href, `/ar/news/${encodeURIComponent(stories[4]!.slug)}`);
  const whole = searchIndex(index, 'ar', readSearchParams({ q: 'الكاظمي بالقدس' }), 'UTC');
  assert.equal(whole.partial, false);
});
