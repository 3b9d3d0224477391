import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatProblems } from './article';
import { loadContent } from './load-content';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = path.join(import.meta.dirname, 'fixtures', 'broken');

/** Each broken case: the one field the message must name (or none) and what it must say. */
const expected: Record<string, { field?: string; message: RegExp }> = {
  'bad-yaml': { message: /front matter that is not valid YAML: .*\(front matter line \d+\)/ },
  'missing-title': { field: 'title', message: /^is missing$/ },
  'empty-title': { field: 'title', message: /must not be empty/ },
  'wrong-type-width': { field: 'image.width', message: /must be a number/ },
  'impossible-date': { field: 'publishedAt', message: /real date and time with an offset/ },
  'date-without-offset': { field: 'publishedAt', message: /real date and time with an offset/ },
  'updated-before-published': { field: 'updatedAt', message: /not be earlier than publishedAt/ },
  'unknown-section': { field: 'section', message: /must be one of: politics/ },
  'unknown-locale': { message: /not named after a locale/ },
  'unknown-field': { field: 'authr', message: /not a known field/ },
  'duplicate-key': { message: /not valid YAML: Map keys must be unique/ },
  'slug-with-slash': { field: 'slug', message: /letters or digits joined by hyphens/ },
  'slug-with-dots': { field: 'slug', message: /letters or digits joined by hyphens/ },
  'slug-with-percent': { field: 'slug', message: /letters or digits joined by hyphens/ },
  'image-missing': { field: 'image.src', message: /not in public\// },
  'image-outside-public': { field: 'image.src', message: /path under \/images\// },
  'empty-body': { field: 'body', message: /is empty/ },
  'level-one-heading': { field: 'body', message: /level-1 heading/ },
  'no-front-matter': { message: /has no front matter/ },
  'front-matter-is-a-list': { message: /not a set of fields/ },
  'tags-not-a-list': { field: 'tags', message: /list/ },
  'no-sources': { field: 'sources', message: /at least one source/ },
  'bad-folder-name': { message: /not a valid article folder name/ },
  'stray-file': { message: /not an article folder/ },
  'duplicate-slug': { field: 'slug', message: /repeats ".*", already used by .*\/ar\.md/ },
  'title-too-long': {
    field: 'title',
    message: /^is 5000 characters long, over the 150-character limit$/,
  },
  'summary-too-long': {
    field: 'summary',
    message: /is 401 characters long, over the 400-character limit/,
  },
  'alt-too-long': {
    field: 'image.alt',
    message: /is 251 characters long, over the 250-character limit/,
  },
  'caption-too-long': {
    field: 'image.caption',
    message: /is 301 characters long, over the 300-character limit/,
  },
  'credit-too-long': {
    field: 'image.credit',
    message: /is 101 characters long, over the 100-character limit/,
  },
  'slug-only-diacritics': {
    field: 'slug',
    message: /no letter or digit, only U\+064B U\+064C U\+064D U\+064E/,
  },
  'slug-with-bidi-control': {
    field: 'slug',
    message: /contains U\+202E RIGHT-TO-LEFT OVERRIDE \(character 5\)/,
  },
  'title-with-bidi-control': {
    field: 'title',
    message: /contains U\+202E RIGHT-TO-LEFT OVERRIDE \(character 5\)/,
  },
  'tag-with-bidi-control': {
    field: 'tags.0',
    message: /contains U\+2067 RIGHT-TO-LEFT ISOLATE \(character 1\)/,
  },
  'slug-with-zero-width-joiner': {
    field: 'slug',
    message: /contains U\+200D ZERO WIDTH JOINER \(character 7\)/,
  },
  'duplicate-tag': {
    field: 'tags.2',
    message: /repeats the tag "بغداد", already given as tags\.0/,
  },
  'duplicate-tag-nfc-nfd': {
    field: 'tags.1',
    message: /repeats the tag "أمني", already given as tags\.0/,
  },
  'placeholder-body': {
    field: 'body',
    message:
      /still holds the placeholder text "اكتب هنا الفقرة الأولى من الخبر\." from npm run new-article/,
  },
  'sections-differ': {
    field: 'section',
    message: /is "culture", but .*sections-differ\/story\/ar\.md files the story under "politics"/,
  },
  'yaml-alias-bomb': {
    message: /^has front matter that uses a YAML alias \(\*a, front matter line 11\)$/,
  },
  'image-not-an-image': {
    field: 'image.src',
    message: /points to \/images\/articles\/not-an-image\.svg, which is not a picture: /,
  },
};

/** Cross-file checks (slugs, sections, images on disk) run on files that parsed. */
const parsedButRefused = [
  'duplicate-slug',
  'image-missing',
  'sections-differ',
  'image-not-an-image',
];

const location = (contentDir: string) => ({
  rootDir: root,
  contentDir,
  publicDir: path.join(import.meta.dirname, 'fixtures', 'public'),
});

describe('every broken file gives one clear problem naming file, field and fix', () => {
  for (const [name, { field, message }] of Object.entries(expected)) {
    test(name, async () => {
      const where = location(path.join(corpus, name));
      const { articles, problems } = await loadContent(where);
      assert.equal(problems.length, 1, formatProblems(problems));
      const [problem] = problems;
      assert.ok(
        problem!.file.startsWith(path.join('lib', 'content', 'fixtures', 'broken', name)),
        problem!.file,
      );
      assert.equal(problem!.field, field);
      assert.match(problem!.message, message);
      assert.ok(problem!.hint && problem!.hint.length > 10, 'a fix is suggested');
      if (!parsedButRefused.includes(name)) assert.equal(articles.length, 0);
    });
  }

  test('the corpus holds at least twenty cases and every case is checked', async () => {
    const { readdir } = await import('node:fs/promises');
    const cases = await readdir(corpus);
    assert.ok(cases.length >= 20);
    assert.deepEqual(cases.sort(), Object.keys(expected).sort());
  });

  test('a 10 MB file is refused without being read whole', async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'huge-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await mkdir(path.join(dir, 'story'));
    await writeFile(path.join(dir, 'story', 'ar.md'), 'x'.repeat(10 * 1024 * 1024));
    const { problems } = await loadContent(location(dir));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /over the 1 MiB limit/);
  });
});

test('the build stops on broken content: prebuild fails before next build starts', () => {
  const result = spawnSync('npm', ['run', '--silent', 'prebuild'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: path.join(corpus, 'missing-title'),
      SITE_URL: 'http://127.0.0.1:1',
    },
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Content check failed with 1 problem:/);
  assert.match(result.stderr, /missing-title\/story\/ar\.md: field "title" is missing \(fix: /);
});
