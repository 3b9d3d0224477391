import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bodyHtml, type Article } from '../../lib/content/article';
import { loadContent } from '../../lib/content/load-content';
import { generateArticles, generatedSlug, saveArabicStory } from '../generate-articles';
import { storyFolder } from './write-corpus';

const COUNT = 2000;
const root = path.resolve(import.meta.dirname, '..', '..');
const publicDir = path.join(root, 'public');
const YEAR_MS = 365.25 * 24 * 3_600_000;

let scratch: string;
let articles: Article[];
let problems: unknown[];

const locationOf = (contentDir: string) => ({ contentDir, publicDir, rootDir: root });
const arabic = () => articles.filter((article) => article.locale === 'ar');

/** Every file under `dir`, name and bytes, hashed in name order. */
async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md'));
  for (const name of files.sort()) {
    hash.update(name);
    hash.update(await readFile(path.join(dir, name)));
  }
  return hash.digest('hex');
}

before(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'corpus-test-'));
  await generateArticles(COUNT, path.join(scratch, 'a'));
  // Every check the content check and the server make, pictures' own sizes included.
  const loaded = await loadContent(locationOf(path.join(scratch, 'a')));
  articles = loaded.articles;
  problems = loaded.problems;
});

after(() => rm(scratch, { recursive: true, force: true }));

describe(`a generated corpus of ${COUNT} stories`, () => {
  it('passes the content check, every file of it', () => {
    assert.deepEqual(problems, []);
    assert.equal(arabic().length, COUNT);
  });

  it('has about 30 % of its stories in English too, and no English-only story', () => {
    const english = articles.filter((article) => article.locale === 'en');
    const share = english.length / COUNT;
    assert.ok(share >= 0.27 && share <= 0.33, `${english.length} translated`);
    const arabicIds = new Set(arabic().map((article) => article.id));
    assert.ok(english.every((article) => arabicIds.has(article.id)));
  });

  it('has long-tailed tags: the top one on 5 % of stories or more, the median one on 0.5 % or less', () => {
    const perTag = new Map<string, number>();
    for (const tag of arabic().flatMap((article) => article.tags)) {
      perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
    }
    const counts = [...perTag.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    assert.ok(counts[0]! / COUNT >= 0.05, `top tag on ${counts[0]}`);
    assert.ok(median / COUNT <= 0.005, `median tag on ${median}`);
    assert.ok(perTag.size >= 200, `${perTag.size} distinct tags`);
  });

  it('tags Arabic files in Arabic and English ones in English, one English tag for each Arabic one', () => {
    const english = new Map<string, string>();
    for (const story of articles.filter((article) => article.locale === 'en')) {
      const original = arabic().find((article) => article.id === story.id)!;
      assert.equal(story.tags.length, original.tags.length);
      story.tags.forEach((tag, n) => {
        const arabicTag = original.tags[n]!;
        assert.equal(english.get(arabicTag) ?? tag, tag, `${arabicTag} translated two ways`);
        english.set(arabicTag, tag);
      });
    }
    assert.equal(
      new Set(english.values()).size,
      english.size,
      'two Arabic tags share a translation',
    );
    const notArabic = [...english.keys()].filter(
      (tag) => !/^[\p{Script=Arabic}\p{M} ]+$/u.test(tag),
    );
    const notLatin = [...english.values()].filter((tag) => !/^[A-Za-z][A-Za-z' -]*$/.test(tag));
    assert.deepEqual([...notArabic, ...notLatin], []);
  });

  it('files stories under every section, some far more often than others', () => {
    const perSection = new Map<string, number>();
    for (const article of arabic()) {
      perSection.set(article.section, (perSection.get(article.section) ?? 0) + 1);
    }
    const counts = [...perSection.values()].sort((a, b) => b - a);
    assert.equal(counts.length, 6);
    assert.ok(counts[0]! >= 2.5 * counts.at(-1)!, `sections: ${counts.join(', ')}`);
  });

  it('spreads its dates over at least 19 years before 2026-12-01, newest first by folder', () => {
    const byFolder = arabic().sort((a, b) => a.id.localeCompare(b.id));
    const times = byFolder.map((article) => Date.parse(article.publishedAt));
    assert.ok(
      times.every((time, n) => n === 0 || time < times[n - 1]!),
      'one order, no ties',
    );
    assert.ok(times[0]! < Date.parse('2026-12-01T00:00:00Z'));
    assert.ok((times[0]! - times.at(-1)!) / YEAR_MS >= 19);
    const updates = byFolder.filter((article) => article.updatedAt !== null);
    assert.ok(updates.length > 0);
    for (const article of updates) {
      assert.ok(Date.parse(article.updatedAt!) < Date.parse('2026-12-01T00:00:00Z'));
    }
  });

  it('has 300 to 1,200 words in every file, lengths spread across that range, with sub-headings', () => {
    const counts = articles.map((article) => article.wordCount);
    const outside = counts.filter((words) => words < 300 || words > 1200);
    assert.deepEqual(outside, []);
    assert.ok(counts.filter((words) => words < 500).length > COUNT / 10);
    assert.ok(counts.filter((words) => words > 900).length > COUNT / 20);
    const bodies = articles.map(bodyHtml);
    assert.ok(bodies.every((html) => html.includes('<h2>')));
  });

  it('gives Arabic slugs in Arabic and English ones in Latin, and generatedSlug names the Arabic one', () => {
    for (const article of articles) {
      const pattern = article.locale === 'ar' ? /\p{Script=Arabic}/u : /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
      assert.match(article.slug, pattern);
    }
    for (const index of [0, 1, 999, COUNT - 1]) {
      const story = arabic().find((article) => article.id === storyFolder(index));
      assert.equal(story?.slug, generatedSlug(index));
    }
  });

  it('uses several of the pictures in public/images, and leaves some stories without one', () => {
    const pictures = new Set(articles.map((article) => article.image?.src ?? null));
    assert.ok(pictures.has(null));
    assert.ok(pictures.size >= 8, `${pictures.size - 1} pictures`);
  });

  it('is the same byte for byte from the same seed, however many are written at once', async () => {
    await generateArticles(COUNT, path.join(scratch, 'b'), { concurrency: 5 });
    assert.equal(await digest(path.join(scratch, 'b')), await digest(path.join(scratch, 'a')));
  });

  it('is another corpus from another seed', async () => {
    await generateArticles(50, path.join(scratch, 'c'));
    await generateArticles(50, path.join(scratch, 'd'), { seed: 7 });
    assert.notEqual(await digest(path.join(scratch, 'c')), await digest(path.join(scratch, 'd')));
  });
});

describe('saveArabicStory', () => {
  it("writes one story's Arabic file with the given headline and time, under its usual slug", async () => {
    const dir = path.join(scratch, 'saved');
    const folder = await saveArabicStory(dir, 4, {
      title: 'عنوان معدل بعد التصحيح',
      publishedAt: '2026-11-30T10:00:00Z',
    });
    assert.deepEqual(await readdir(folder), ['ar.md']);
    const { articles: saved, problems: found } = await loadContent(locationOf(dir));
    assert.deepEqual(found, []);
    assert.equal(saved.length, 1);
    assert.equal(saved[0]!.title, 'عنوان معدل بعد التصحيح');
    assert.equal(saved[0]!.publishedAt, '2026-11-30T10:00:00Z');
    assert.equal(saved[0]!.slug, generatedSlug(4));
  });

  it('names and saves a story far past any corpus (the two-server test uses number 900,000)', async () => {
    const dir = path.join(scratch, 'far');
    await saveArabicStory(dir, 900_000, { title: 'خبر بعيد', publishedAt: '2026-11-30T10:00:00Z' });
    const { articles: saved } = await loadContent(locationOf(dir));
    assert.equal(saved[0]?.slug, generatedSlug(900_000));
  });
});
