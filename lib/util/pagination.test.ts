import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, pageWindow, PAGE_SIZE, parsePageParam } from './pagination';

test('pages hold twenty items and the last one the rest', () => {
  assert.equal(PAGE_SIZE, 20);
  assert.deepEqual(pageWindow(45, 1), { page: 1, totalPages: 3, offset: 0, size: 20 });
  assert.deepEqual(pageWindow(45, 3), { page: 3, totalPages: 3, offset: 40, size: 20 });
});

test('a listing of twenty or fewer is one page', () => {
  assert.equal(pageCount(20), 1);
  assert.equal(pageCount(21), 2);
  assert.equal(pageCount(0), 1);
});

test('pages that do not exist are null', () => {
  assert.equal(pageWindow(45, 0), null);
  assert.equal(pageWindow(45, 4), null);
  assert.equal(pageWindow(45, 1.5), null);
  assert.equal(pageWindow(40, 3), null, 'a full last page has nothing after it');
});

test('page params are plain positive numbers', () => {
  assert.equal(parsePageParam('2'), 2);
  for (const bad of ['0', '02', '-1', '1e3', 'abc', '', '999999']) {
    assert.equal(parsePageParam(bad), null, bad);
  }
});
