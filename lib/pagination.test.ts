import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, paginate, PAGE_SIZE, parsePageParam } from './pagination';

const items = Array.from({ length: 45 }, (_, i) => i);

test('pages hold twenty items and the last one the rest', () => {
  assert.equal(PAGE_SIZE, 20);
  assert.deepEqual(paginate(items, 1)?.items, items.slice(0, 20));
  assert.deepEqual(paginate(items, 3)?.items, [40, 41, 42, 43, 44]);
  assert.equal(paginate(items, 3)?.totalPages, 3);
});

test('a listing of twenty or fewer is one page', () => {
  assert.equal(pageCount(20), 1);
  assert.equal(pageCount(21), 2);
  assert.equal(pageCount(0), 1);
});

test('pages that do not exist are null', () => {
  assert.equal(paginate(items, 0), null);
  assert.equal(paginate(items, 4), null);
  assert.equal(paginate(items, 1.5), null);
});

test('page params are plain positive numbers', () => {
  assert.equal(parsePageParam('2'), 2);
  for (const bad of ['0', '02', '-1', '1e3', 'abc', '', '999999']) {
    assert.equal(parsePageParam(bad), null, bad);
  }
});
