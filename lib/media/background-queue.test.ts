import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundQueue } from './background-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('jobs run one at a time, in order, a key queued twice once', async () => {
  const queue = backgroundQueue(10);
  let running = 0;
  let most = 0;
  const done: string[] = [];
  const job = (name: string) => async () => {
    running += 1;
    most = Math.max(most, running);
    await tick();
    running -= 1;
    done.push(name);
  };
  for (const name of ['a', 'b', 'a', 'c']) queue.add(name, job(name));
  await queue.idle();
  assert.deepEqual(done, ['a', 'b', 'c']);
  assert.equal(most, 1);
});

test('a full queue drops what comes after its limit', async () => {
  const queue = backgroundQueue(2);
  const done: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) queue.add(name, async () => void done.push(name));
  await queue.idle();
  assert.deepEqual(done, ['a', 'b']);
});

test('a failing key is logged once however often it fails, and the queue goes on', async () => {
  const logged: unknown[][] = [];
  const queue = backgroundQueue(10, { error: (...args: unknown[]) => logged.push(args) });
  const done: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    queue.add('broken', () => Promise.reject(new Error('no picture')));
    queue.add(`fine-${round}`, async () => void done.push(`fine-${round}`));
    await queue.idle();
  }
  assert.deepEqual(done, ['fine-0', 'fine-1', 'fine-2']);
  assert.equal(logged.length, 1);
  assert.match(String(logged[0]![0]), /broken/);
});
