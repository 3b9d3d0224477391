import assert from 'node:assert/strict';
import { test } from 'node:test';
import { config } from '../../proxy';
import { isWellEncodedPath } from './percent-encoding';

const AR = `/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`;
// The proxy's broken-encoding matchers are path-to-regexp sources of the form /:path(<regexp>)
// that look for a `%`.
const brokenEncodingMatchers = config.matcher
  .map(({ source }) => source)
  .filter((source) => source.startsWith('/:path(') && source.includes('%'))
  .map((source) => new RegExp(`^/${source.slice('/:path'.length)}$`));
const caughtByProxy = (path: string) => brokenEncodingMatchers.some((re) => re.test(path));

test('well-encoded Arabic, emoji and ASCII paths never wake the proxy', () => {
  for (const path of [
    AR,
    '/ar/tag/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82',
    '/en/news/a%F0%9F%98%80b',
    '/en/news/%E2%80%93',
    '/ar/news/a%20b%25c',
  ]) {
    assert.ok(isWellEncodedPath(path), path);
    assert.equal(caughtByProxy(path), false, path);
  }
});

test('every kind of broken encoding reaches the proxy, which answers 400', () => {
  for (const path of [
    '/ar/%',
    '/ar/news/%D8',
    '/ar/%E0%A4%A',
    '/ar/%C0%AF',
    '/ar/%ED%A0%80',
    '/ar/%FF',
    '/ar/a%80',
    '/ar/ab%80',
    '/ar/%6E%9C',
    '/ar/%D8%A7%A7',
    '/ar/section/a%80<%1D',
    '/ar/%F0%9F%98',
    '/ar/%F4%90%80%80',
  ]) {
    assert.equal(isWellEncodedPath(path), false, path);
    assert.ok(caughtByProxy(path), path);
  }
});
