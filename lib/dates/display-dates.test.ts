import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateLineParts,
  dayKey,
  fillTemplate,
  formatDateTime,
  type DateLineParts,
} from './display-dates';

const AR_TEMPLATE = '{weekday} {day} {month} / {monthLatin} {year}';
const EN_TEMPLATE = '{weekday} {day} {month} {year}';
// DateLineParts is an interface, so it is spread into a plain record (as components/layout does).
const fill = (template: string, parts: DateLineParts) => fillTemplate(template, { ...parts });
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('dateLineParts + fillTemplate', () => {
  const thursdayMorning = new Date('2024-11-21T09:00:00Z');

  test('Arabic date line in Asia/Baghdad', () => {
    const parts = dateLineParts(thursdayMorning, 'ar', 'Asia/Baghdad');
    assert.deepEqual(parts, {
      weekday: 'الخميس',
      day: '21',
      month: 'نوفمبر',
      monthLatin: 'November',
      year: '2024',
    });
    assert.equal(fill(AR_TEMPLATE, parts), 'الخميس 21 نوفمبر / November 2024');
  });

  test('English date line in Asia/Baghdad', () => {
    const parts = dateLineParts(thursdayMorning, 'en', 'Asia/Baghdad');
    assert.equal(fill(EN_TEMPLATE, parts), 'Thursday 21 November 2024');
    assert.equal(parts.monthLatin, 'November');
  });

  test('time-zone boundary: 21:30 UTC on the 20th is already Thursday 21 in Baghdad', () => {
    const lateEvening = new Date('2024-11-20T21:30:00Z');
    assert.equal(
      fill(AR_TEMPLATE, dateLineParts(lateEvening, 'ar', 'Asia/Baghdad')),
      'الخميس 21 نوفمبر / November 2024',
    );
    assert.equal(
      fill(EN_TEMPLATE, dateLineParts(lateEvening, 'en', 'Asia/Baghdad')),
      'Thursday 21 November 2024',
    );
    assert.equal(
      fill(EN_TEMPLATE, dateLineParts(lateEvening, 'en', 'UTC')),
      'Wednesday 20 November 2024',
    );
    assert.equal(
      fill(AR_TEMPLATE, dateLineParts(lateEvening, 'ar', 'UTC')),
      'الأربعاء 20 نوفمبر / November 2024',
    );
  });

  test('the Latin month follows the time zone too (month boundary)', () => {
    const newYearsEve = new Date('2024-12-31T22:00:00Z');
    const baghdad = dateLineParts(newYearsEve, 'ar', 'Asia/Baghdad');
    assert.deepEqual(
      [baghdad.day, baghdad.month, baghdad.monthLatin, baghdad.year],
      ['1', 'يناير', 'January', '2025'],
    );
    const utc = dateLineParts(newYearsEve, 'ar', 'UTC');
    assert.deepEqual(
      [utc.day, utc.month, utc.monthLatin, utc.year],
      ['31', 'ديسمبر', 'December', '2024'],
    );
  });

  test('Arabic parts use Latin digits', () => {
    const parts = dateLineParts(new Date('2024-11-21T09:00:00Z'), 'ar', 'Asia/Baghdad');
    assert.doesNotMatch(Object.values(parts).join(' '), ARABIC_INDIC_DIGITS);
  });
});

describe('fillTemplate', () => {
  test('replaces every known placeholder, each occurrence', () => {
    assert.equal(fillTemplate('{a}-{b}-{a}', { a: '1', b: '2' }), '1-2-1');
  });

  test('leaves unknown placeholders as they are', () => {
    assert.equal(fillTemplate('{a} {missing}', { a: 'x' }), 'x {missing}');
  });

  test('inserts values literally (no $-pattern expansion)', () => {
    assert.equal(fillTemplate('{a}', { a: "$& $' $1" }), "$& $' $1");
  });
});

describe('dayKey', () => {
  test('gives YYYY-MM-DD in the time zone', () => {
    assert.equal(dayKey(new Date('2024-11-21T09:00:00Z'), 'Asia/Baghdad'), '2024-11-21');
    assert.equal(dayKey(new Date('2024-02-05T09:00:00Z'), 'UTC'), '2024-02-05');
  });

  test('follows the time zone across midnight', () => {
    const lateEvening = new Date('2024-11-20T21:30:00Z');
    assert.equal(dayKey(lateEvening, 'Asia/Baghdad'), '2024-11-21');
    assert.equal(dayKey(lateEvening, 'UTC'), '2024-11-20');
    assert.equal(dayKey(new Date('2024-11-21T02:00:00Z'), 'America/New_York'), '2024-11-20');
  });

  test('one second before and at Baghdad midnight', () => {
    assert.equal(dayKey(new Date('2024-11-20T20:59:59Z'), 'Asia/Baghdad'), '2024-11-20');
    assert.equal(dayKey(new Date('2024-11-20T21:00:00Z'), 'Asia/Baghdad'), '2024-11-21');
  });
});

describe('formatDateTime', () => {
  test('Arabic: Latin digits only and the month يناير', () => {
    const text = formatDateTime('2021-01-22T11:40:00+03:00', 'ar', 'Asia/Baghdad');
    assert.doesNotMatch(text, ARABIC_INDIC_DIGITS);
    assert.ok(text.includes('يناير'), text);
    assert.ok(text.includes('22'), text);
    assert.ok(text.includes('2021'), text);
    assert.ok(text.includes('11:40'), text);
  });

  test('English: the month January and a 24-hour time', () => {
    const text = formatDateTime('2021-01-22T11:40:00+03:00', 'en', 'Asia/Baghdad');
    assert.ok(text.includes('January'), text);
    assert.ok(text.includes('22'), text);
    assert.ok(text.includes('2021'), text);
    assert.ok(text.includes('11:40'), text);
  });

  test('the time is shown in the given time zone, in 24-hour form', () => {
    assert.ok(formatDateTime('2021-01-22T11:40:00+03:00', 'en', 'UTC').includes('08:40'));
    const afternoon = formatDateTime('2021-01-22T15:05:00+03:00', 'en', 'Asia/Baghdad');
    assert.ok(afternoon.includes('15:05'), afternoon);
    assert.doesNotMatch(afternoon, /\b(am|pm)\b/i);
    const midnight = formatDateTime('2021-01-22T00:05:00+03:00', 'ar', 'Asia/Baghdad');
    assert.ok(midnight.includes('00:05'), midnight);
  });

  test('the day follows the time zone', () => {
    const text = formatDateTime('2021-01-22T01:00:00+03:00', 'en', 'UTC');
    assert.ok(text.includes('21 January 2021'), text);
  });
});
