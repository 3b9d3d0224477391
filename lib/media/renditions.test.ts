import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cropPath, renditionPath } from '@/lib/media/images';
import type { MediaLocation } from './media-location';
import { renditionSizes } from './rendition-sizes';
import { renditionAt, renditionSourceTime } from './renditions';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${fill}"/></svg>`;

async function site(t: { after: (fn: () => Promise<void>) => void }): Promise<MediaLocation> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'renditions-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const location = { publicDir: path.join(root, 'public'), cacheDir: path.join(root, 'cache') };
  await mkdir(path.join(location.publicDir, 'images', 'articles'), { recursive: true });
  await writeFile(path.join(location.publicDir, 'images', 'articles', 'x.svg'), svg('#c00'));
  await writeFile(
    path.join(location.publicDir, 'images', 'articles', 'notes.svg'),
    'not a picture',
  );
  return location;
}

test('a width rendition keeps the source proportions, in the format its name says', async (t) => {
  const location = await site(t);
  for (const [format, type] of [
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
    ['jpg', 'image/jpeg'],
  ] as const) {
    const rendition = await renditionAt(
      renditionPath('/images/articles/x.svg', 800, format),
      location,
    );
    assert.ok(rendition, format);
    assert.equal(rendition.type, type);
    const meta = await sharp(rendition.data).metadata();
    assert.deepEqual([meta.width, meta.height], [800, 450]);
    assert.equal(meta.format, format === 'jpg' ? 'jpeg' : format === 'avif' ? 'heif' : 'webp');
  }
});

test('a crop is its own size, rendered once and then read from the build cache', async (t) => {
  const location = await site(t);
  const url = cropPath('/images/articles/x.svg', '1x1');
  const [first, second] = await Promise.all([
    renditionAt(url, location),
    renditionAt(url, location),
  ]);
  assert.ok(first && second);
  assert.deepEqual(first.data, second.data);
  const meta = await sharp(first.data).metadata();
  assert.deepEqual([meta.width, meta.height], [1200, 1200]);
  const kept = path.join(location.cacheDir, 'renditions', 'images', 'articles', 'x-1x1.jpg');
  const { mtimeMs } = await stat(kept);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await renditionAt(url, location);
  assert.equal((await stat(kept)).mtimeMs, mtimeMs, 'read, not written again');
});

test('a replaced source is rendered again, even when the new file is older', async (t) => {
  const location = await site(t);
  const url = renditionPath('/images/articles/x.svg', 480, 'jpg');
  const red = await renditionAt(url, location);
  const source = path.join(location.publicDir, 'images', 'articles', 'x.svg');
  await writeFile(source, svg('#00c'));
  await utimes(source, new Date(2020, 0, 1), new Date(2020, 0, 1));
  const blue = await renditionAt(url, location);
  assert.ok(red && blue);
  const { dominant } = await sharp(blue.data).stats();
  assert.ok(dominant.b > 150 && dominant.r < 60, JSON.stringify(dominant));
  assert.equal(blue.sourceTime, new Date(2020, 0, 1).getTime());
  assert.equal(await renditionSourceTime(url, location), new Date(2020, 0, 1).getTime());
});

test('no source, no rendition; a source that is no picture is an error, not a file', async (t) => {
  const location = await site(t);
  assert.equal(await renditionAt('/_img/images/articles/nope-800.webp', location), null);
  assert.equal(await renditionAt('/_img/images/articles/x-801.webp', location), null);
  assert.equal(await renditionSourceTime('/_img/images/articles/nope-800.webp', location), null);
  await assert.rejects(renditionAt('/_img/images/articles/notes-800.webp', location));
  await assert.rejects(
    stat(path.join(location.cacheDir, 'renditions', 'images', 'articles', 'notes-800.webp')),
  );
});

test('feed sizes are the byte sizes of the renditions their URLs serve', async (t) => {
  const location = await site(t);
  const url = renditionPath('/images/articles/x.svg', 1200, 'jpg');
  const sizes = await renditionSizes([url, url], location);
  assert.deepEqual([...sizes.keys()], [url]);
  assert.equal(sizes.get(url), (await renditionAt(url, location))!.data.length);
  await assert.rejects(
    renditionSizes(['/_img/images/articles/nope-1200.jpg'], location),
    /nope-1200\.jpg is no rendition of a picture under public\/images/,
  );
});
