import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblems } from './article';
import {
  AR_FILE,
  arFields,
  enFields,
  AR_BODY,
  EN_BODY,
  articleMarkdown,
  siteWithArabic,
  loadOneProblem,
} from './load-content-fixtures';
import { loadContent } from './load-content';

describe("loadContent: problems in a file's front matter", () => {
  test('missing title', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ title: undefined }), AR_BODY),
    );
    const problem = await loadOneProblem(site, {
      file: AR_FILE,
      field: 'title',
      message: /^is missing$/,
    });
    assert.match(problem.hint!, /headline/);
    const { articles } = await loadContent(site.location);
    assert.deepEqual(
      articles.map((a) => a.locale),
      ['en'],
      'the broken translation is left out, the other one still loads',
    );
  });

  test('empty title', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields({ title: '   ' }), AR_BODY));
    await loadOneProblem(site, { file: AR_FILE, field: 'title', message: /must not be empty/ });
  });

  test('wrong type: image.width is text', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { width: 'wide' } }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'image.width',
      message: /must be a number/,
    });
  });

  test('image narrower than 1200 pixels', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { width: 800 } }), AR_BODY),
    );
    await loadOneProblem(site, { file: AR_FILE, field: 'image.width', message: /at least 1200/ });
  });

  test('unknown field (typo "titel")', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ titel: 'عنوان' }), AR_BODY),
    );
    const problem = await loadOneProblem(site, {
      file: AR_FILE,
      field: 'titel',
      message: /is not a known field/,
    });
    assert.match(problem.hint!, /known fields: .*title/);
  });

  test('unknown field inside image', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { colour: 'red' } }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'image.colour',
      message: /is not a known field/,
    });
  });

  test('a file not named after a locale (fr.md)', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), AR_BODY));
    const file = await site.write(
      'baghdad-bombings',
      'fr.md',
      articleMarkdown(enFields(), EN_BODY),
    );
    await loadOneProblem(site, { file, message: /is not named after a locale/ });
    const { articles } = await loadContent(site.location);
    assert.equal(articles.length, 2);
  });

  test('a non-Markdown file in an article folder', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), AR_BODY));
    const file = await site.write('baghdad-bombings', 'notes.txt', 'draft');
    await loadOneProblem(site, { file, message: /is not named after a locale/ });
  });

  test('broken YAML front matter (unclosed quote)', async (t) => {
    const text = [
      '---',
      'slug: خبر-تجريبي',
      'title: "الكاظمي: تفجيرا بغداد',
      'section: politics',
      '---',
      '',
      'نص الخبر.',
    ].join('\n');
    const { site } = await siteWithArabic(t, text);
    const { problems } = await loadContent(site.location);
    assert.ok(problems.length >= 1, 'at least one YAML problem');
    for (const problem of problems) {
      assert.equal(problem.file, AR_FILE);
      assert.equal(problem.field, undefined);
      assert.match(problem.message, /^has front matter that is not valid YAML: /);
      assert.match(problem.message, /\(front matter line \d+\)$/);
      assert.match(problem.hint!, /quote values/);
    }
    assert.ok(formatProblems(problems).includes(AR_FILE));
  });

  test('a field given twice in the front matter', async (t) => {
    const text = articleMarkdown(arFields(), AR_BODY).replace(
      '\nsection: politics\n',
      '\nsection: politics\nsection: economy\n',
    );
    const { site } = await siteWithArabic(t, text);
    await loadOneProblem(site, { file: AR_FILE, message: /not valid YAML/ });
  });

  test('no front matter at all', async (t) => {
    const { site } = await siteWithArabic(t, `${AR_BODY}\n`);
    await loadOneProblem(site, { file: AR_FILE, message: /has no front matter/ });
  });

  test('front matter that is never closed', async (t) => {
    const text = articleMarkdown(arFields(), AR_BODY).replace(/\n---\n\n/, '\n\n');
    const { site } = await siteWithArabic(t, text);
    await loadOneProblem(site, { file: AR_FILE, message: /has no front matter/ });
  });
});
