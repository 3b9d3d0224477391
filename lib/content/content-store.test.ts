import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ContentStore, defaultIndexFile } from './content-store';

const IMAGE = '/images/articles/story.svg';
// Of the proportions the stories declare (1600x900): the store checks them.
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>';

function story({ slug = 'قصة-أولى', title = 'عنوان أول', image = IMAGE, extra = '' } = {}) {
  return [
    '---',
    `slug: ${slug}`,
    `title: ${title}`,
    'summary: موجز الخبر.',
    'publishedAt: 2021-01-22T11:40:00+03:00',
    'section: politics',
    'tags: [العراق]',
    'image:',
    `  src: ${image}`,
    '  alt: صورة',
    '  caption: تعليق',
    '  credit: تويتر',
    '  width: 1600',
    '  height: 900',
    'sources: [وكالات]',
    extra,
    '---',
    '',
    'الفقرة الأولى من الخبر.',
    '',
  ].join('\n');
}

let root: string;
let store: ContentStore;
// Writes in one test can land in the same millisecond: move the time on so a change is seen.
let tick = Date.now() / 1000;

async function write(relative: string, text: string) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  tick += 10;
  await utimes(file, tick, tick);
}

const FUTURE = new Date('2100-01-01T00:00:00Z');
/** Every published story file, as `folder/locale: title`. */
const titles = (held = store) =>
  (['ar', 'en'] as const)
    .flatMap((locale) => held.index.latest(locale, FUTURE, 1_000))
    .map((article) => `${article.id}/${article.locale}: ${article.title}`);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'content-store-'));
  await write(`public${IMAGE}`, PICTURE);
  await mkdir(path.join(root, 'content'));
  store = new ContentStore({
    rootDir: root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  });
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe('ContentStore', () => {
  test('a new story is published on the next refresh, an edit replaces it', async () => {
    await store.refresh();
    assert.deepEqual(titles(), []);
    await write('content/first/ar.md', story());
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
    await write('content/first/ar.md', story({ title: 'عنوان معدل' }));
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(titles(), ['first/ar: عنوان معدل']);
  });

  test('a refresh with nothing changed rereads no story and reports no change', async () => {
    await write('content/first/ar.md', story());
    await store.refresh();
    const again = await store.refresh();
    assert.equal(again.changed, false);
    assert.deepEqual(again.published, []);
  });

  test('a broken edit keeps the last good version live and is reported once', async () => {
    await write('content/first/ar.md', story());
    await store.refresh();
    await write('content/first/ar.md', story().slice(0, 60)); // a half-saved file
    const broken = await store.refresh();
    assert.equal(broken.changed, false);
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
    assert.equal(broken.newProblems.length, 1);
    assert.match(broken.newProblems[0]!.file, /first\/ar\.md$/);
    assert.deepEqual(
      (await store.refresh()).newProblems,
      [],
      'the same problem is not reported twice',
    );
    assert.equal(store.problems.length, 1, 'but it stays listed while it lasts');
    await write('content/first/ar.md', story({ title: 'عنوان مصحح' }));
    await store.refresh();
    assert.deepEqual(titles(), ['first/ar: عنوان مصحح']);
    assert.deepEqual(store.problems, []);
  });

  test('a broken new story stays unpublished; its translation publishes alone', async () => {
    await write('content/first/ar.md', story());
    await write('content/first/en.md', 'not a story');
    const result = await store.refresh();
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
    assert.equal(result.newProblems.length, 1);
  });

  test('a story waiting for its image publishes when the image arrives', async () => {
    await write('content/first/ar.md', story({ image: '/images/articles/later.svg' }));
    const waiting = await store.refresh();
    assert.deepEqual(titles(), []);
    assert.match(waiting.newProblems[0]?.message ?? '', /not in public/);
    await write('public/images/articles/later.svg', PICTURE);
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
  });

  test('deleting a file or its folder unpublishes the story', async () => {
    await write('content/first/ar.md', story());
    await write('content/first/en.md', story({ slug: 'first-story', title: 'First' }));
    await write('content/second/ar.md', story({ slug: 'قصة-ثانية', title: 'عنوان ثان' }));
    await store.refresh();
    assert.equal(titles().length, 3);
    await rm(path.join(root, 'content/first/en.md'));
    assert.equal((await store.refresh()).changed, true);
    assert.deepEqual(titles().sort(), ['first/ar: عنوان أول', 'second/ar: عنوان ثان']);
    await rm(path.join(root, 'content/second'), { recursive: true });
    await store.refresh();
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
  });

  test('a new story may not take the slug of a published one', async () => {
    await write('content/first/ar.md', story());
    await store.refresh();
    await write('content/copy/ar.md', story({ title: 'نسخة' }));
    const result = await store.refresh();
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
    assert.match(result.newProblems[0]?.message ?? '', /repeats/);
    assert.match(result.newProblems[0]?.file ?? '', /copy\/ar\.md$/);
    await write('content/copy/ar.md', story({ slug: 'نسخة-أخرى', title: 'نسخة' }));
    await store.refresh();
    assert.equal(titles().length, 2);
  });

  test('drafts are kept in the index, so a preview can find them', async () => {
    await write('content/first/ar.md', story({ extra: 'draft: true' }));
    await store.refresh();
    assert.equal(store.index.bySlug('ar', 'قصة-أولى')?.draft, true);
    assert.deepEqual(titles(), [], 'but not listed');
  });

  test('an unreadable content folder unpublishes nothing', async () => {
    await write('content/first/ar.md', story());
    await store.refresh();
    await rm(path.join(root, 'content'), { recursive: true });
    const result = await store.refresh();
    assert.equal(result.changed, false);
    assert.deepEqual(titles(), ['first/ar: عنوان أول']);
    assert.match(result.newProblems[0]?.message ?? '', /cannot be read/);
  });

  test('the newest modification time moves when a folder is deleted', async () => {
    await write('content/first/ar.md', story());
    await write('content/second/ar.md', story({ slug: 'ثانية' }));
    const past = new Date('2020-01-01T00:00:00Z');
    for (const entry of ['content/first/ar.md', 'content/first', 'content/second', 'content']) {
      await utimes(path.join(root, entry), past, past);
    }
    await store.refresh();
    const deletedAt = Date.now();
    await rm(path.join(root, 'content/second'), { recursive: true });
    await store.refresh();
    assert.ok(store.newestModification >= deletedAt - 1_000, 'the content folder was touched');
  });

  test('a restart reads no story file when nothing changed, and one edited file alone after', async () => {
    await write('content/first/ar.md', story());
    await write('content/second/ar.md', story({ slug: 'ثانية', title: 'ثانية' }));
    await store.refresh();
    store.index.close();
    const restarted = new ContentStore(store.location);
    assert.equal(titles(restarted).length, 2, 'served from the index before any file is read');
    const first = await restarted.refresh();
    assert.equal(first.changed, false);
    assert.deepEqual(first.published, []);
    await write('content/second/ar.md', story({ slug: 'ثانية', title: 'ثانية معدلة' }));
    const edit = await restarted.refresh();
    assert.deepEqual(
      edit.published.map((article) => article.title),
      ['ثانية معدلة'],
    );
    restarted.index.close();
  });

  test('a refresh told which folders changed looks into those alone', async () => {
    await write('content/first/ar.md', story());
    await write('content/second/ar.md', story({ slug: 'ثانية', title: 'ثانية' }));
    await store.refresh();
    await write('content/first/ar.md', story({ title: 'أولى معدلة' }));
    await write('content/second/ar.md', story({ slug: 'ثانية', title: 'ثانية معدلة' }));
    await store.refresh(new Set(['first']));
    assert.deepEqual(titles().sort(), ['first/ar: أولى معدلة', 'second/ar: ثانية']);
    await store.refresh('all');
    assert.deepEqual(titles().sort(), ['first/ar: أولى معدلة', 'second/ar: ثانية معدلة']);
  });

  test('deleting the index loses nothing: the next start builds it again from the files', async () => {
    await write('content/first/ar.md', story());
    await store.refresh();
    store.index.close();
    await rm(path.dirname(defaultIndexFile(store.location)), { recursive: true });
    const fresh = new ContentStore(store.location);
    assert.deepEqual(titles(fresh), []);
    assert.equal((await fresh.refresh()).changed, true);
    assert.deepEqual(titles(fresh), ['first/ar: عنوان أول']);
    fresh.index.close();
  });
});
