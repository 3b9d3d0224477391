import { test } from 'node:test';
import assert from 'node:assert/strict';
import { responsiveImage } from './images';

test('a full-width image offers every rendition up to its own width, AVIF and WebP first', () => {
  const { sources, fallback } = responsiveImage('/images/articles/x.svg', 1600);
  assert.deepEqual(
    sources.map((source) => source.type),
    ['image/avif', 'image/webp'],
  );
  assert.equal(
    sources[0]?.srcSet,
    '/_img/images/articles/x-480.avif 480w, /_img/images/articles/x-800.avif 800w, ' +
      '/_img/images/articles/x-1200.avif 1200w, /_img/images/articles/x-1600.avif 1600w',
  );
  assert.equal(fallback.src, '/_img/images/articles/x-1200.jpg');
});

test('a smaller source is never offered wider than it is', () => {
  const { fallback } = responsiveImage('/images/articles/x.svg', 900);
  assert.equal(
    fallback.srcSet,
    '/_img/images/articles/x-480.jpg 480w, /_img/images/articles/x-800.jpg 800w',
  );
  assert.equal(fallback.src, '/_img/images/articles/x-800.jpg');
});

test('a thumbnail capped at 480 device pixels offers only the 480 rendition', () => {
  const { sources, fallback } = responsiveImage('/images/articles/x.svg', 1600, 480);
  for (const source of sources) assert.doesNotMatch(source.srcSet, /800w|1200w|1600w/);
  assert.equal(fallback.srcSet, '/_img/images/articles/x-480.jpg 480w');
  assert.equal(fallback.src, '/_img/images/articles/x-480.jpg');
});

test('a cap below the smallest rendition still offers the smallest one', () => {
  const { fallback } = responsiveImage('/images/articles/x.svg', 1600, 100);
  assert.equal(fallback.srcSet, '/_img/images/articles/x-480.jpg 480w');
});
