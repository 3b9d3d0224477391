import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { ContentStore } from './content-store';
import { createLiveContent, reasonToPoll, type LiveContent } from './live-content';
import { POLL_INTERVAL_MS, pollDelayAfter, watchFolders } from './watch-folders';

const STORY = (title: string) =>
  [
    '---',
    'slug: خبر',
    `title: ${title}`,
    'summary: موجز.',
    'publishedAt: 2021-01-22T11:40:00+03:00',
    'section: politics',
    'sources: [وكالات]',
    '---',
    '',
    'نص الخبر.',
    '',
  ].join('\n');

let root: string;
let live: LiveContent | undefined;
const quiet = { info() {}, warn() {}, error() {} };

afterEach(async () => {
  live?.watch?.close();
  await rm(root, { recursive: true, force: true });
});

async function setUp() {
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  await mkdir(path.join(root, 'content'));
  await mkdir(path.join(root, 'public', 'images'), { recursive: true });
  const store = new ContentStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
  live = createLiveContent(store, { watch: true, log: quiet });
  await live.ready;
  return live;
}

async function eventually(check: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const titles = (content: LiveContent) =>
  content.store.index.latest('ar', new Date('2100-01-01T00:00:00Z'), 100).map((a) => a.title);

test('a file saved in the content folder is picked up with no call, and changes the clock', async () => {
  const content = await setUp();
  const before = content.clock.lastChangeAt(Date.now());
  await mkdir(path.join(root, 'content', 'story'));
  await writeFile(path.join(root, 'content', 'story', 'ar.md'), STORY('عنوان'));
  await eventually(() => titles(content).includes('عنوان'));
  assert.ok(content.clock.lastChangeAt(Date.now()) > before);
});

test('a burst of saves is served by few refreshes, ending in the last version', async () => {
  const content = await setUp();
  await mkdir(path.join(root, 'content', 'story'));
  const file = path.join(root, 'content', 'story', 'ar.md');
  for (let i = 0; i < 20; i += 1) await writeFile(file, STORY(`نسخة ${i}`));
  await eventually(() => titles(content).includes('نسخة 19'));
  assert.deepEqual(titles(content), ['نسخة 19']);
});

test('a content folder removed and made again is watched again', async () => {
  const content = await setUp();
  await rm(path.join(root, 'content'), { recursive: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await mkdir(path.join(root, 'content', 'story'), { recursive: true });
  await writeFile(path.join(root, 'content', 'story', 'ar.md'), STORY('بعد الاستعادة'));
  await eventually(() => titles(content).includes('بعد الاستعادة'), 8_000);
});

test('a folder that cannot be watched is polled, and the reason is kept', async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  const watch = watchFolders([path.join(root, 'missing')], () => {});
  assert.equal(watch.mode, 'polling');
  assert.match(watch.reason ?? '', /ENOENT/);
  watch.close();
});

test('polling waits as long as it is told, asked again before each pause', async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  const calls: number[] = [];
  let delay = 20;
  const watch = watchFolders([root], () => calls.push(Date.now()), {
    polling: 'a test',
    pollDelay: () => delay,
  });
  await eventually(() => calls.length >= 3, 2_000);
  delay = 60_000;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const seen = calls.length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(calls.length, seen, 'a long pause holds the next rescan back');
  watch.close();
});

test('a long rescan lengthens the pause before the next one', () => {
  assert.equal(pollDelayAfter(100), POLL_INTERVAL_MS);
  assert.equal(pollDelayAfter(1_900), 3_800);
});

test('onPublish names the stories a refresh added or replaced, not the first read or unchanged ones', async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  await mkdir(path.join(root, 'content', 'old'), { recursive: true });
  await mkdir(path.join(root, 'public', 'images'), { recursive: true });
  await writeFile(path.join(root, 'content', 'old', 'ar.md'), STORY('قديم'));
  const store = new ContentStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
  live = createLiveContent(store, { watch: false, log: quiet });
  const published: string[][] = [];
  live.onPublish((articles) => published.push(articles.map((a) => a.title)));
  await live.ready;
  assert.deepEqual(published, []);
  await mkdir(path.join(root, 'content', 'new'));
  await writeFile(
    path.join(root, 'content', 'new', 'ar.md'),
    STORY('جديد').replace('خبر', 'خبر-آخر'),
  );
  await live.refreshNow();
  assert.deepEqual(published, [['جديد']]);
  await writeFile(
    path.join(root, 'content', 'new', 'ar.md'),
    STORY('معدل').replace('خبر', 'خبر-آخر'),
  );
  await live.refreshNow();
  await live.refreshNow();
  assert.deepEqual(published, [['جديد'], ['معدل']]);
});

test('a start is no change: the clock says when the newest file was written', async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  await mkdir(path.join(root, 'content', 'old'), { recursive: true });
  await mkdir(path.join(root, 'public', 'images'), { recursive: true });
  await writeFile(path.join(root, 'content', 'old', 'ar.md'), STORY('قديم'));
  const past = new Date('2024-05-01T00:00:00Z');
  for (const entry of ['content/old/ar.md', 'content/old', 'content']) {
    await utimes(path.join(root, entry), past, past);
  }
  const store = new ContentStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
  live = createLiveContent(store, { watch: false, log: quiet });
  await live.ready;
  // Within the render grace after the file's time, and nowhere near now.
  assert.ok(live.clock.lastChangeAt(Date.now()) <= past.getTime() + 2_000);
});

test('past a quarter of the system file-watch budget the folders are polled, and the log says why', () => {
  assert.equal(reasonToPoll(1_000, 190_000), undefined);
  assert.equal(reasonToPoll(100_000, 1_048_576), undefined);
  assert.match(reasonToPoll(100_000, 8_192) ?? '', /100000 story folders .* 8192 file watches/);
  assert.match(reasonToPoll(100_000, 190_000) ?? '', /max_user_watches/);
  assert.equal(reasonToPoll(100, Number.NaN), undefined, 'no budget known: watch');
});

test('polled folders still publish an edit in place and a new story, within seconds', async (t) => {
  process.env.CONTENT_WATCH = 'poll';
  t.after(() => delete process.env.CONTENT_WATCH);
  const warnings: string[] = [];
  root = await mkdtemp(path.join(os.tmpdir(), 'live-content-'));
  await mkdir(path.join(root, 'content', 'story'), { recursive: true });
  await mkdir(path.join(root, 'public', 'images'), { recursive: true });
  const file = path.join(root, 'content', 'story', 'ar.md');
  await writeFile(file, STORY('أول'));
  const store = new ContentStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
  live = createLiveContent(store, {
    watch: true,
    log: { ...quiet, warn: (line: string) => warnings.push(line) },
  });
  await live.ready;
  assert.equal(live.watch?.mode, 'polling');
  assert.match(
    warnings.join('\n'),
    /\(CONTENT_WATCH=poll\); rescanning them instead, every 2 s or twice as long as a rescan takes/,
  );
  // Rewritten in place: the folder's own time does not move, only the file's.
  await writeFile(file, STORY('ثان'));
  await eventually(() => titles(live!).includes('ثان'), 6_000);
  await mkdir(path.join(root, 'content', 'other'));
  await writeFile(
    path.join(root, 'content', 'other', 'ar.md'),
    STORY('آخر').replace('خبر', 'خبر-2'),
  );
  await eventually(() => titles(live!).includes('آخر'), 6_000);
});
