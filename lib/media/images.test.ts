import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cropPath,
  IMAGE_CROPS,
  IMAGE_FORMATS,
  IMAGE_WIDTHS,
  parseRenditionPath,
  renditionPath,
  responsiveImage,
  type ImageCrop,
} from './images';

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

test('a thumbnail capped at 480 device pixels offers the 480 rendition alone, with no widths', () => {
  const { sources, fallback, responsive } = responsiveImage('/images/articles/x.svg', 1600, 480);
  assert.deepEqual(
    sources.map((source) => source.srcSet),
    ['/_img/images/articles/x-480.avif', '/_img/images/articles/x-480.webp'],
  );
  assert.deepEqual(fallback, { src: '/_img/images/articles/x-480.jpg' });
  assert.equal(responsive, false);
});

test('a cap below the smallest rendition still offers the smallest one', () => {
  const { fallback } = responsiveImage('/images/articles/x.svg', 1600, 100);
  assert.deepEqual(fallback, { src: '/_img/images/articles/x-480.jpg' });
});

test('an image with several widths names them, for sizes to choose from', () => {
  assert.equal(responsiveImage('/images/articles/x.svg', 900).responsive, true);
});

describe('parseRenditionPath', () => {
  test('reads back every width, format and crop renditionPath and cropPath make', () => {
    for (const src of ['/images/articles/x.svg', '/images/a-b/c-2/photo-1.jpeg', '/images/y.png']) {
      const stem = src.replace(/\.[a-z]+$/, '');
      for (const width of IMAGE_WIDTHS) {
        for (const format of IMAGE_FORMATS) {
          assert.deepEqual(parseRenditionPath(renditionPath(src, width, format)), {
            stem,
            size: { kind: 'width', width },
            format,
          });
        }
      }
      for (const crop of Object.keys(IMAGE_CROPS) as ImageCrop[]) {
        assert.deepEqual(parseRenditionPath(cropPath(src, crop)), {
          stem,
          size: { kind: 'crop', crop, ...IMAGE_CROPS[crop] },
          format: 'jpg',
        });
      }
    }
  });

  test('refuses sizes, crops and formats lib/media/images.ts does not define', () => {
    for (const path of [
      '/_img/images/articles/x-801.webp',
      '/_img/images/articles/x-0800.webp',
      '/_img/images/articles/x-800.png',
      '/_img/images/articles/x-800.WEBP',
      '/_img/images/articles/x-16x9.webp',
      '/_img/images/articles/x-2x1.jpg',
      '/_img/images/articles/x-99999999999999999999.jpg',
      '/_img/images/articles/x.jpg',
      '/_img/images/articles/x-800',
    ]) {
      assert.equal(parseRenditionPath(path), null, path);
    }
  });

  test('refuses anything outside /images and any name that could leave it', () => {
    for (const path of [
      '/_img/x-800.webp',
      '/_img/other/x-800.webp',
      '/_img/images/../x-800.webp',
      '/_img/images/./x-800.webp',
      '/_img/images//x-800.webp',
      '/_img/images/%2e%2e/x-800.webp',
      '/_img/images/a.b/x-800.webp',
      '/_img/images/A/x-800.webp',
      '/_img/images/articles/x-800.webp/',
      '/_img/images',
      '/_img/',
      '/images/articles/x-800.webp',
      `/_img/images/${'a/'.repeat(200)}x-800.webp`,
    ]) {
      assert.equal(parseRenditionPath(path), null, path);
    }
  });
});
