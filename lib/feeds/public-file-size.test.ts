import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { publicFileSize, publicFileSizes } from './public-file-size';

async function tempPublic(t: { after: (fn: () => Promise<void>) => void }) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'feeds-public-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, '_img', 'images'), { recursive: true });
  await writeFile(path.join(root, '_img', 'images', 'a-1200.jpg'), Buffer.alloc(1234));
  await writeFile(path.join(root, '_img', 'images', 'b-1200.jpg'), Buffer.alloc(7));
  return root;
}

test('publicFileSize reads the byte size of a file by its URL path', async (t) => {
  const root = await tempPublic(t);
  assert.equal(await publicFileSize('/_img/images/a-1200.jpg', root), 1234);
});

test('publicFileSizes maps each distinct path to its size', async (t) => {
  const root = await tempPublic(t);
  const sizes = await publicFileSizes(
    ['/_img/images/a-1200.jpg', '/_img/images/b-1200.jpg', '/_img/images/a-1200.jpg'],
    root,
  );
  assert.deepEqual(
    [...sizes],
    [
      ['/_img/images/a-1200.jpg', 1234],
      ['/_img/images/b-1200.jpg', 7],
    ],
  );
});

test('a missing file names itself and the command that renders it', async (t) => {
  const root = await tempPublic(t);
  await assert.rejects(publicFileSize('/_img/images/missing-1200.jpg', root), (error: Error) => {
    assert.match(error.message, /public\/_img\/images\/missing-1200\.jpg is missing/);
    assert.match(error.message, /scripts\/build-images\.ts/);
    return true;
  });
  await assert.rejects(publicFileSize('/_img', root), /is missing/);
});

test('paths outside public/ are refused', async (t) => {
  const root = await tempPublic(t);
  await assert.rejects(publicFileSize('/../package.json', root), /not a path under public/);
  await assert.rejects(publicFileSize('relative.jpg', root), /not a path under public/);
});
