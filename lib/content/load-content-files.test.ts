import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems } from './article';
import {
  AR_FILE,
  arFields,
  enFields,
  AR_BODY,
  EN_BODY,
  articleMarkdown,
  makeSite,
  siteWithArabic,
  loadOneProblem,
} from './load-content-fixtures';
import { loadContent } from './load-content';

describe('loadContent: problems with sections, slugs, images, bodies and folders', () => {
  test('unknown section', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ section: 'sports' }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'section',
      message: /must be one of: politics, economy, culture, science, society, environment/,
    });
  });

  for (const slug of ['أخبار/بغداد', '..', 'بغداد-..-آمنة', 'بغداد آمنة', 'news%20x', '-leading']) {
    test(`slug ${JSON.stringify(slug)} is rejected`, async (t) => {
      const { site } = await siteWithArabic(t, articleMarkdown(arFields({ slug }), AR_BODY));
      await loadOneProblem(site, {
        file: AR_FILE,
        field: 'slug',
        message: /must be words of letters or digits joined by hyphens/,
      });
    });
  }

  test('slug not in Unicode NFC form', async (t) => {
    const slug = 'café-news'.normalize('NFD');
    assert.notEqual(slug, slug.normalize('NFC'));
    const { site } = await siteWithArabic(t, articleMarkdown(arFields({ slug }), AR_BODY));
    await loadOneProblem(site, { file: AR_FILE, field: 'slug', message: /NFC/ });
  });

  test('duplicate slug in one locale across two article folders names both files', async (t) => {
    const site = await makeSite(t);
    const slug = 'الكاظمي-تفجيرا-بغداد';
    const first = await site.write(
      'story-one',
      'ar.md',
      articleMarkdown(arFields({ slug }), AR_BODY),
    );
    const second = await site.write(
      'story-two',
      'ar.md',
      articleMarkdown(arFields({ slug }), AR_BODY),
    );
    await site.write(
      'story-one',
      'en.md',
      articleMarkdown(enFields({ slug: 'story-one' }), EN_BODY),
    );
    await site.write(
      'story-two',
      'en.md',
      articleMarkdown(enFields({ slug: 'story-two' }), EN_BODY),
    );

    const { articles, problems } = await loadContent(site.location);
    assert.equal(articles.length, 4);
    assert.equal(problems.length, 1, formatProblems(problems));
    const [problem] = problems;
    assert.equal(problem!.field, 'slug');
    const files = [first, second];
    assert.ok(files.includes(problem!.file), `problem names one of ${files.join(', ')}`);
    const other = files.find((file) => file !== problem!.file)!;
    assert.ok(
      problem!.message.includes(other),
      `message names the other file: ${problem!.message}`,
    );
    assert.ok(problem!.message.includes(slug));
    const report = formatProblems(problems);
    assert.ok(report.includes(first) && report.includes(second));
    assert.ok(report.includes('field "slug"'));
  });

  test('image missing on disk', async (t) => {
    const src = '/images/articles/not-there.png';
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { src } }), AR_BODY),
    );
    const problem = await loadOneProblem(site, {
      file: AR_FILE,
      field: 'image.src',
      message: /not in public/,
    });
    assert.ok(problem.message.includes(src));
  });

  test('image path that is a folder, not a file', async (t) => {
    const src = '/images/articles/folder.svg';
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { src } }), AR_BODY),
    );
    await mkdir(path.join(site.location.publicDir, src), { recursive: true });
    await loadOneProblem(site, { file: AR_FILE, field: 'image.src', message: /not in public/ });
  });

  for (const src of [
    '/images/../secret.svg',
    'images/a.svg',
    '/images/Upper.svg',
    '/images/a.gif',
    '/images/a//b.svg',
  ]) {
    test(`image.src ${JSON.stringify(src)} is rejected by the schema`, async (t) => {
      const { site } = await siteWithArabic(
        t,
        articleMarkdown(arFields({ image: { src } }), AR_BODY),
      );
      await loadOneProblem(site, { file: AR_FILE, field: 'image.src', message: /must/ });
    });
  }

  test('empty body', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), '  \n\n  '));
    await loadOneProblem(site, { file: AR_FILE, field: 'body', message: /is empty/ });
  });

  test('a level-1 heading in the body', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields(), `${AR_BODY}\n\n# عنوان ثانٍ\n\nنص إضافي.`),
    );
    const problem = await loadOneProblem(site, {
      file: AR_FILE,
      field: 'body',
      message: /level-1 heading/,
    });
    assert.match(problem.hint!, /## /);
  });

  test('a file over 1 MiB', async (t) => {
    const body = 'كلمة '.repeat(120_000); // 9 bytes each: about 1.08 MB of text
    const text = articleMarkdown(arFields(), body);
    assert.ok(Buffer.byteLength(text) > 1024 * 1024);
    const { site } = await siteWithArabic(t, text);
    const problem = await loadOneProblem(site, { file: AR_FILE, message: /over the 1 MiB limit/ });
    assert.ok(problem.message.includes(String(Buffer.byteLength(text))));
  });

  test('an invalid folder name (uppercase)', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields(), AR_BODY),
      'Baghdad-Bombings',
    );
    await loadOneProblem(site, {
      file: path.join('content', 'Baghdad-Bombings'),
      message: /is not a valid article folder name/,
    });
    const { articles } = await loadContent(site.location);
    assert.deepEqual(articles, [], 'nothing in a badly named folder is published');
  });

  test('a stray file next to the article folders', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), AR_BODY));
    await writeFile(path.join(site.location.contentDir, 'readme.md'), 'notes');
    await loadOneProblem(site, {
      file: path.join('content', 'readme.md'),
      message: /is not an article folder/,
    });
  });

  test('a content folder that does not exist', async (t) => {
    const site = await makeSite(t);
    const location = { ...site.location, contentDir: path.join(site.root, 'nowhere') };
    const { articles, problems } = await loadContent(location);
    assert.deepEqual(articles, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, 'nowhere');
    assert.match(problems[0]!.message, /cannot be read/);
  });

  test('problems from several files are all reported together', async (t) => {
    const site = await makeSite(t);
    const noTitle = await site.write(
      'story-one',
      'ar.md',
      articleMarkdown(arFields({ title: undefined }), AR_BODY),
    );
    const badSection = await site.write(
      'story-two',
      'en.md',
      articleMarkdown(enFields({ section: 'sport' }), EN_BODY),
    );
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(articles, []);
    assert.deepEqual(
      problems
        .map(({ file, field }) => ({ file, field }))
        .sort((a, b) => a.file.localeCompare(b.file)),
      [
        { file: noTitle, field: 'title' },
        { file: badSection, field: 'section' },
      ],
    );
    const report = formatProblems(problems);
    assert.match(report, /^Content check failed with 2 problems:/);
    assert.ok(report.includes(`${noTitle}: field "title"`));
    assert.ok(report.includes(`${badSection}: field "section"`));
  });
});
