import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyHtml } from './article';
import {
  IMAGE_SRC,
  arFields,
  enFields,
  AR_BODY,
  EN_BODY,
  articleMarkdown,
  makeSite,
  siteWithArabic,
} from './load-content-fixtures';
import { loadContent } from './load-content';

describe('loadContent: valid articles', () => {
  test('an article folder with ar.md and en.md gives two articles and no problems', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), AR_BODY));
    const { articles, problems } = await loadContent(site.location);

    assert.deepEqual(problems, []);
    assert.equal(articles.length, 2);
    assert.deepEqual(articles.map((a) => a.locale).sort(), ['ar', 'en']);

    const ar = articles.find((a) => a.locale === 'ar')!;
    assert.equal(ar.id, 'baghdad-bombings');
    assert.equal(ar.file, path.join('content', 'baghdad-bombings', 'ar.md'));
    assert.equal(ar.slug, 'الكاظمي-تفجيرا-بغداد-خرق-أمني');
    assert.equal(ar.title, 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره');
    assert.equal(ar.summary, 'رئيس الوزراء العراقي: لا مكان للمجاملة على حساب العراق والعراقيين.');
    assert.equal(ar.publishedAt, '2021-01-22T11:40:00+03:00');
    assert.equal(ar.updatedAt, '2021-01-22T15:05:00+03:00');
    assert.equal(ar.section, 'politics');
    assert.deepEqual(ar.tags, ['العراق', 'بغداد', 'الأمن']);
    assert.deepEqual(ar.sources, ['وكالات']);
    assert.deepEqual(ar.image, {
      src: IMAGE_SRC,
      alt: 'المجلس الوزاري للأمن الوطني في العراق يعقد جلسة استثنائية',
      caption: 'المجلس الوزاري للأمن الوطني يعقد جلسة استثنائية برئاسة الكاظمي',
      credit: 'تويتر',
      width: 1600,
      height: 900,
    });

    assert.equal(
      bodyHtml(ar),
      [
        '<p>أكد رئيس الوزراء أنّ التفجيرين "خرق أمنيّ" بحسب وكالة <span lang="en">Reuters</span> للأنباء.</p>',
        '<h2>الجيش: بغداد آمنة</h2>',
        '<p>في غضون ذلك، قالت قيادة العمليات المشتركة إن العاصمة آمنة.</p>',
      ].join('\n'),
    );
    // Straight quotes are kept as typed: not curled, not escaped.
    assert.ok(bodyHtml(ar).includes('"خرق أمنيّ"'));
    assert.ok(!/[“”]|&quot;|&#x22;/.test(bodyHtml(ar)));
    assert.equal(ar.wordCount, 11 + 3 + 10);

    const en = articles.find((a) => a.locale === 'en')!;
    assert.equal(en.id, 'baghdad-bombings');
    assert.equal(en.slug, 'kadhimi-baghdad-bombings-security-breach');
    assert.equal(en.file, path.join('content', 'baghdad-bombings', 'en.md'));
    assert.ok(bodyHtml(en).includes('<h2>Army: Baghdad is safe</h2>'));
    assert.ok(bodyHtml(en).includes('"security breach"'));
    // Latin runs are marked only in right-to-left locales.
    assert.ok(!bodyHtml(en).includes('lang="en"'));
  });

  test('updatedAt is optional and comes back as null', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ updatedAt: undefined, tags: undefined }), AR_BODY),
    );
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    const ar = articles.find((a) => a.locale === 'ar')!;
    assert.equal(ar.updatedAt, null);
    assert.deepEqual(ar.tags, [], 'tags default to an empty list');
  });

  test('a file with a UTF-8 BOM and CRLF line endings is read like a plain one', async (t) => {
    const plain = articleMarkdown(arFields(), AR_BODY);
    const windows = `\uFEFF${plain.replace(/\n/g, '\r\n')}`;
    assert.ok(windows.includes('\r\n---\r\n'));

    const plainSite = (await siteWithArabic(t, plain)).site;
    const windowsSite = (await siteWithArabic(t, windows)).site;
    const expected = await loadContent(plainSite.location);
    const actual = await loadContent(windowsSite.location);

    assert.deepEqual(actual.problems, []);
    assert.equal(actual.articles.length, 2);
    assert.deepEqual(actual.articles, expected.articles);
    const ar = actual.articles.find((a) => a.locale === 'ar')!;
    assert.ok(!bodyHtml(ar).includes('\r'));
    assert.ok(!ar.slug.startsWith('\uFEFF'));
  });

  test('articles are sorted newest first, comparing instants rather than strings', async (t) => {
    const site = await makeSite(t);
    const publish = async (id: string, slug: string, publishedAt: string) =>
      site.write(
        id,
        'en.md',
        articleMarkdown(enFields({ slug, publishedAt, updatedAt: undefined }), EN_BODY),
      );
    await publish('middle-story', 'middle', '2021-01-22T11:40:00+03:00'); // 08:40Z
    await publish('oldest-story', 'oldest', '2020-12-31T23:00:00+00:00');
    // Earlier on the wall clock than 11:40, but later in time: 09:00Z.
    await publish('newest-story', 'newest', '2021-01-22T09:00:00Z');
    await publish('far-future-story', 'far-future', '2024-11-21T12:00:00+03:00');

    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['far-future-story', 'newest-story', 'middle-story', 'oldest-story'],
    );
  });

  test('the same slug in two locales is allowed', async (t) => {
    const site = await makeSite(t);
    await site.write(
      'same-slug',
      'ar.md',
      articleMarkdown(arFields({ slug: 'story-2021' }), AR_BODY),
    );
    await site.write(
      'same-slug',
      'en.md',
      articleMarkdown(enFields({ slug: 'story-2021' }), EN_BODY),
    );
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 2);
  });

  test('hidden files are ignored', async (t) => {
    const { site } = await siteWithArabic(t, articleMarkdown(arFields(), AR_BODY));
    await site.write('baghdad-bombings', '.DS_Store', 'junk');
    await writeFile(path.join(site.location.contentDir, '.gitkeep'), '');
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 2);
  });
});

// ---------------------------------------------------------------------------
// Broken content: each case gives exactly the expected problem
// ---------------------------------------------------------------------------
