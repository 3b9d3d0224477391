import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from './article';
import { buildContentIndex, RELATED_LIMIT, relatedTo, sectionKey, tagKey } from './content-index';
import type { Section } from './sections';

let day = 0;
function story(id: string, section: Section, tags: string[], locale: 'ar' | 'en' = 'ar'): Article {
  day += 1;
  return {
    id,
    locale,
    slug: `${id}-slug`,
    title: id,
    summary: id,
    publishedAt: `2024-01-${String(day).padStart(2, '0')}T10:00:00+03:00`,
    updatedAt: null,
    section,
    tags,
    image: null,
    draft: false,
    withdrawn: false,
    sources: ['وكالات'],
    body: { lead: '<p>x</p>', rest: null },
    wordCount: 1,
    file: `content/articles/${id}/${locale}.md`,
  };
}

// Newest first, as loadContent returns them.
const articles = [
  story('a', 'politics', ['العراق']),
  story('b', 'culture', ['بغداد']),
  story('c', 'politics', []),
  story('d', 'science', ['فضاء']),
  story('e', 'culture', ['العراق', 'كتب']),
  story('f', 'economy', []),
  story('g', 'politics', ['العراق'], 'en'),
].sort((x, y) => y.publishedAt.localeCompare(x.publishedAt));

const index = buildContentIndex(articles);
const ids = (list: Article[] | undefined) => list?.map((article) => article.id);
const byId = (id: string, locale = 'ar') =>
  articles.find((article) => article.id === id && article.locale === locale)!;

const related = (id: string, locale: 'ar' | 'en' = 'ar') =>
  relatedTo(byId(id, locale), index.byLocale.get(locale) ?? []);

describe('related stories', () => {
  test('never include the story itself or another locale, and share a section or tag first', () => {
    const list = related('a');
    assert.ok(!list.includes(byId('a')));
    assert.ok(list.every((article) => article.locale === 'ar'));
    // e shares the tag العراق, c the section; both newest first, then the latest others.
    assert.deepEqual(ids(list), ['e', 'c', 'f', 'd']);
    assert.equal(list.length, RELATED_LIMIT);
  });

  test('a story with no neighbours still gets the latest others', () => {
    assert.deepEqual(ids(related('d')), ['f', 'e', 'c', 'b']);
  });

  test('a locale with one story has nothing to relate', () => {
    assert.deepEqual(related('g', 'en'), []);
  });
});

test('sections and tags list their stories newest first, per locale', () => {
  assert.deepEqual(ids(index.bySection.get(sectionKey('ar', 'politics'))), ['c', 'a']);
  assert.deepEqual(ids(index.bySection.get(sectionKey('en', 'politics'))), ['g']);
  assert.deepEqual(ids(index.byTag.get(tagKey('ar', 'العراق'))?.articles), ['e', 'a']);
  assert.equal(index.byTag.get(tagKey('ar', 'العراق'))?.tag, 'العراق');
  assert.equal(index.byTag.get(tagKey('ar', 'nothing')), undefined);
});
