import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ContentStore, type RefreshResult } from './content-store';
import { contentHealth } from './health';
import { createLiveContent } from './live-content';

const KEY = Symbol.for('alriwaq.live-content');
const holder = globalThis as { [KEY]?: unknown };
const quiet = { info() {}, warn() {}, error() {} };

/** A store whose first read waits until the test lets it go, as a large corpus makes it wait. */
class HeldStore extends ContentStore {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  override async refresh(): Promise<RefreshResult> {
    await this.gate;
    return super.refresh();
  }
}

const root = await mkdtemp(path.join(os.tmpdir(), 'health-'));
after(async () => {
  delete holder[KEY];
  await rm(root, { recursive: true, force: true });
});

test('starting until the first read is done, then ok, each time it is asked', async () => {
  await mkdir(path.join(root, 'content'));
  await mkdir(path.join(root, 'public', 'images'), { recursive: true });
  const store = new HeldStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
  const live = createLiveContent(store, { watch: false, log: quiet });
  holder[KEY] = live;

  const starting = await contentHealth();
  assert.equal(starting.status, 'starting');
  assert.equal(starting.lastCheckAt, null);
  assert.equal(starting.lastChangeAt, null);

  store.release();
  await live.ready;
  for (let ask = 0; ask < 3; ask += 1) {
    const health = await contentHealth();
    assert.equal(health.status, 'ok');
    assert.equal(health.stories, 0);
    assert.match(health.lastCheckAt ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(health.watch, { mode: 'off' });
    assert.deepEqual(health.problems, []);
  }
});
