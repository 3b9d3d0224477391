import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { yearsSince } from './display-dates';
import { formatInteger } from '@/lib/site/intl-locale';
import { readingMinutes } from '@/lib/util/reading-time';

const tAr = createTranslator({ locale: 'ar', messages: ar, namespace: 'ArticleHeader' });
const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'ArticleHeader' });

describe('reading time in Arabic uses the right plural form', () => {
  const expected: Record<number, string> = {
    1: 'دقيقة واحدة للقراءة',
    2: 'دقيقتان للقراءة',
    3: '3 دقائق للقراءة',
    11: '11 دقيقة للقراءة',
    100: '100 دقيقة للقراءة',
  };
  for (const [minutes, text] of Object.entries(expected).map(([k, v]) => [Number(k), v] as const)) {
    test(`${minutes} minutes`, () => {
      assert.equal(tAr('readingTime', { minutes, count: formatInteger(minutes, 'ar') }), text);
    });
  }
});

describe('article age in Arabic uses the right plural form', () => {
  const expected: Record<number, string> = {
    1: 'نُشر هذا المقال قبل سنة',
    2: 'نُشر هذا المقال قبل سنتين',
    3: 'نُشر هذا المقال قبل 3 سنوات',
    5: 'نُشر هذا المقال قبل 5 سنوات',
    11: 'نُشر هذا المقال قبل 11 سنة',
    100: 'نُشر هذا المقال قبل 100 سنة',
  };
  for (const [years, text] of Object.entries(expected).map(([k, v]) => [Number(k), v] as const)) {
    test(`${years} years`, () => {
      assert.equal(tAr('age', { years, count: formatInteger(years, 'ar') }), text);
    });
  }
});

test('English plural forms', () => {
  assert.equal(tEn('readingTime', { minutes: 1, count: '1' }), '1 minute to read');
  assert.equal(tEn('readingTime', { minutes: 11, count: '11' }), '11 minutes to read');
  assert.equal(tEn('age', { years: 1, count: '1' }), 'This article was published a year ago');
  assert.equal(
    tEn('age', { years: 100, count: '100' }),
    'This article was published 100 years ago',
  );
});

describe('yearsSince counts whole years in the site time zone', () => {
  const published = '2021-01-22T11:40:00+03:00';
  const cases: [string, number][] = [
    ['2021-06-01T00:00:00Z', 0],
    ['2022-01-21T20:00:00Z', 0], // 21 Jan 23:00 in Baghdad: the anniversary is tomorrow
    ['2022-01-21T21:30:00Z', 1], // already 22 Jan in Baghdad
    ['2023-01-22T09:00:00Z', 2],
    ['2024-01-22T09:00:00Z', 3],
    ['2032-02-01T00:00:00Z', 11],
    ['2121-01-22T09:00:00Z', 100],
  ];
  for (const [now, years] of cases) {
    test(`${now} → ${years}`, () => {
      assert.equal(yearsSince(published, new Date(now), 'Asia/Baghdad'), years);
    });
  }
  test('a future date gives 0', () => {
    assert.equal(yearsSince(published, new Date('2020-01-01T00:00:00Z'), 'Asia/Baghdad'), 0);
  });
});

describe('readingMinutes', () => {
  test('is at least one minute', () => assert.equal(readingMinutes(10, 'ar'), 1));
  test('rounds at the locale speed', () => {
    assert.equal(readingMinutes(540, 'ar'), 3);
    assert.equal(readingMinutes(690, 'en'), 3);
  });
});
