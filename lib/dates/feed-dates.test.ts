import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latest, toRfc3339, toRfc822 } from './feed-dates';

test('toRfc3339 keeps the written offset and adds missing seconds', () => {
  assert.equal(toRfc3339('2021-01-22T11:40:00+03:00'), '2021-01-22T11:40:00+03:00');
  assert.equal(toRfc3339('2021-01-22T11:40+03:00'), '2021-01-22T11:40:00+03:00');
  assert.equal(toRfc3339('2021-01-22T08:40:00Z'), '2021-01-22T08:40:00Z');
  assert.equal(toRfc3339('2021-01-22T08:40:00-05:30'), '2021-01-22T08:40:00-05:30');
});

test('toRfc3339 writes a Date in UTC without milliseconds', () => {
  assert.equal(toRfc3339(new Date('2024-11-21T09:00:00.123Z')), '2024-11-21T09:00:00Z');
});

test('toRfc822 gives RSS dates with weekday, four-digit year and numeric offset', () => {
  assert.equal(toRfc822('2021-01-22T11:40:00+03:00'), 'Fri, 22 Jan 2021 11:40:00 +0300');
  assert.equal(toRfc822('2021-02-01T09:00+03:00'), 'Mon, 01 Feb 2021 09:00:00 +0300');
  assert.equal(toRfc822('2024-02-29T23:59:59Z'), 'Thu, 29 Feb 2024 23:59:59 +0000');
  assert.equal(toRfc822(new Date('2024-11-21T09:00:00Z')), 'Thu, 21 Nov 2024 09:00:00 +0000');
  // Same instant as Date.parse reads it.
  assert.equal(
    Date.parse(toRfc822('2021-01-22T11:40:00+03:00')),
    Date.parse('2021-01-22T11:40:00+03:00'),
  );
});

test('toRfc822 refuses something that is not a date', () => {
  assert.throws(() => toRfc822('yesterday'), RangeError);
});

test('latest compares instants, not strings, and returns the value as written', () => {
  assert.equal(
    latest(['2021-01-22T11:40:00+03:00', '2021-01-22T09:00:00Z']),
    '2021-01-22T09:00:00Z',
  );
  assert.equal(latest([]), undefined);
});
