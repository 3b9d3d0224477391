import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cachedFile } from './cached-file';

async function scratch(t: { after: (fn: () => Promise<void>) => void }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cached-file-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('requests that arrive together make the file once, and later ones read it', async (t) => {
  const dir = await scratch(t);
  const file = path.join(dir, 'a', 'b.bin');
  let made = 0;
  const make = async () => {
    made += 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return Buffer.from('made');
  };
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => cachedFile({ file, sourceTime: 1_000_000, make })),
  );
  assert.equal(made, 1);
  for (const answer of answers) assert.equal(answer.toString(), 'made');
  assert.equal((await readFile(file)).toString(), 'made');
  // The kept file carries the source's time, which is what makes it current.
  assert.ok(Math.abs((await stat(file)).mtimeMs - 1_000_000) < 1);
  assert.equal((await cachedFile({ file, sourceTime: 1_000_000, make })).toString(), 'made');
  assert.equal(made, 1);
  assert.deepEqual(await readdir(path.dirname(file)), ['b.bin'], 'no temporary file left');
});

test('a source of another time, older or newer, makes the file again', async (t) => {
  const dir = await scratch(t);
  const file = path.join(dir, 'c.bin');
  let made = 0;
  const make = async () => Buffer.from(`version ${++made}`);
  await cachedFile({ file, sourceTime: 5_000_000, make });
  assert.equal((await cachedFile({ file, sourceTime: 6_000_000, make })).toString(), 'version 2');
  assert.equal((await cachedFile({ file, sourceTime: 4_000_000, make })).toString(), 'version 3');
  assert.equal((await readFile(file)).toString(), 'version 3');
});

test('a file that cannot be kept is still answered, and a failed making is not kept', async (t) => {
  const dir = await scratch(t);
  const error = t.mock.method(console, 'error', () => {});
  // A file inside a file: the folder cannot be made.
  const blocked = path.join(dir, 'c.bin');
  await cachedFile({ file: blocked, sourceTime: 1, make: async () => Buffer.from('x') });
  const inside = path.join(blocked, 'd.bin');
  const answer = await cachedFile({
    file: inside,
    sourceTime: 1,
    make: async () => Buffer.from('y'),
  });
  assert.equal(answer.toString(), 'y');
  assert.equal(error.mock.callCount(), 1);

  const failing = path.join(dir, 'e.bin');
  await assert.rejects(
    cachedFile({ file: failing, sourceTime: 1, make: () => Promise.reject(new Error('bad')) }),
    /bad/,
  );
  await assert.rejects(stat(failing));
  const retried = await cachedFile({
    file: failing,
    sourceTime: 1,
    make: async () => Buffer.from('z'),
  });
  assert.equal(retried.toString(), 'z');
});
