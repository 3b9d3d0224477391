import { test, describe, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { formatProblems, type ContentProblem } from './article';
import { loadContent, type ContentLocation } from './load-content';
import { PLACEHOLDER_BODY } from './placeholder-body';
import { indexOf } from './story-fixture';

// ---------------------------------------------------------------------------
// Fixture helpers
// ---------------------------------------------------------------------------

const IMAGE_SRC = '/images/articles/test-image.svg';
const TINY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"></svg>\n';

type Fields = Record<string, unknown>;

/** Front-matter fields modelled on content/articles/kadhimi-baghdad-bombings/ar.md. */
function arFields(overrides: Fields = {}): Fields {
  const { image, ...rest } = overrides;
  return {
    slug: 'الكاظمي-تفجيرا-بغداد-خرق-أمني',
    title: 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره',
    summary: 'رئيس الوزراء العراقي: لا مكان للمجاملة على حساب العراق والعراقيين.',
    publishedAt: '2021-01-22T11:40:00+03:00',
    updatedAt: '2021-01-22T15:05:00+03:00',
    section: 'politics',
    tags: ['العراق', 'بغداد', 'الأمن'],
    image: {
      src: IMAGE_SRC,
      alt: 'المجلس الوزاري للأمن الوطني في العراق يعقد جلسة استثنائية',
      caption: 'المجلس الوزاري للأمن الوطني يعقد جلسة استثنائية برئاسة الكاظمي',
      credit: 'تويتر',
      width: 1600,
      height: 900,
      ...(image as Fields | undefined),
    },
    sources: ['وكالات'],
    ...rest,
  };
}

function enFields(overrides: Fields = {}): Fields {
  const { image, ...rest } = overrides;
  return arFields({
    slug: 'kadhimi-baghdad-bombings-security-breach',
    title: 'Kadhimi: Baghdad bombings a security breach',
    summary: 'Iraqi prime minister: there is no room for favouritism.',
    tags: ['Iraq', 'Baghdad'],
    image: {
      alt: "Iraq's Ministerial Council for National Security meets",
      caption: 'The council holds an extraordinary session',
      credit: 'Twitter',
      ...(image as Fields | undefined),
    },
    sources: ['Agencies'],
    ...rest,
  });
}

const AR_BODY = [
  'أكد رئيس الوزراء أنّ التفجيرين "خرق أمنيّ" بحسب وكالة Reuters للأنباء.',
  '## الجيش: بغداد آمنة',
  'في غضون ذلك، قالت قيادة العمليات المشتركة إن العاصمة آمنة.',
].join('\n\n');

const EN_BODY = [
  'Kadhimi said the bombings were a "security breach" and vowed action.',
  '## Army: Baghdad is safe',
  'Meanwhile, the Joint Operations Command said the capital was safe.',
].join('\n\n');

/**
 * A Markdown article: `---`, YAML front matter, `---`, body. A key whose value is `undefined`
 * is left out (yaml's stringify skips undefined values).
 */
function articleMarkdown(fields: Fields, body: string): string {
  return `---\n${stringify(fields)}---\n\n${body}\n`;
}

interface Site {
  root: string;
  location: ContentLocation;
  /** Writes content/<id>/<name> and returns its path relative to the root. */
  write(id: string, name: string, text: string | Buffer): Promise<string>;
}

async function makeSite(t: TestContext): Promise<Site> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'riwaq-content-test-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  await mkdir(contentDir, { recursive: true });
  const image = path.join(publicDir, IMAGE_SRC);
  await mkdir(path.dirname(image), { recursive: true });
  await writeFile(image, TINY_SVG);
  return {
    root,
    location: { rootDir: root, contentDir, publicDir },
    async write(id, name, text) {
      await mkdir(path.join(contentDir, id), { recursive: true });
      await writeFile(path.join(contentDir, id, name), text);
      return path.join('content', id, name);
    },
  };
}

/** A site holding one folder with a valid en.md and the given ar.md. */
async function siteWithArabic(t: TestContext, arText: string, id = 'baghdad-bombings') {
  const site = await makeSite(t);
  const file = await site.write(id, 'ar.md', arText);
  await site.write(id, 'en.md', articleMarkdown(enFields(), EN_BODY));
  return { site, file };
}

/** Loads content that must hold exactly one problem, and checks how it is reported. */
async function loadOneProblem(
  site: Site,
  expected: { file: string; field?: string; message: RegExp },
): Promise<ContentProblem> {
  const { problems } = await loadContent(site.location);
  assert.equal(problems.length, 1, `expected one problem, got:\n${formatProblems(problems)}`);
  const problem = problems[0]!;
  assert.equal(problem.file, expected.file);
  assert.equal(problem.field, expected.field);
  assert.match(problem.message, expected.message);
  assert.equal(typeof problem.hint, 'string');
  assert.ok(problem.hint!.length > 0, 'every problem comes with a hint');
  const report = formatProblems(problems);
  assert.match(report, /^Content check failed with 1 problem:/);
  assert.ok(report.includes(expected.file), `report names the file:\n${report}`);
  if (expected.field) {
    assert.ok(report.includes(`field "${expected.field}"`), `report names the field:\n${report}`);
  }
  return problem;
}

// ---------------------------------------------------------------------------
// Valid content
// ---------------------------------------------------------------------------

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

    // A short body is shown whole: everything in the lead, nothing folded.
    assert.equal(ar.body.rest, null);
    assert.equal(
      ar.body.lead,
      [
        '<p>أكد رئيس الوزراء أنّ التفجيرين "خرق أمنيّ" بحسب وكالة <span lang="en">Reuters</span> للأنباء.</p>',
        '<h2>الجيش: بغداد آمنة</h2>',
        '<p>في غضون ذلك، قالت قيادة العمليات المشتركة إن العاصمة آمنة.</p>',
      ].join('\n'),
    );
    // Straight quotes are kept as typed: not curled, not escaped.
    assert.ok(ar.body.lead.includes('"خرق أمنيّ"'));
    assert.ok(!/[“”]|&quot;|&#x22;/.test(ar.body.lead));
    assert.equal(ar.wordCount, 11 + 3 + 10);

    const en = articles.find((a) => a.locale === 'en')!;
    assert.equal(en.id, 'baghdad-bombings');
    assert.equal(en.slug, 'kadhimi-baghdad-bombings-security-breach');
    assert.equal(en.file, path.join('content', 'baghdad-bombings', 'en.md'));
    assert.ok(en.body.lead.includes('<h2>Army: Baghdad is safe</h2>'));
    assert.ok(en.body.lead.includes('"security breach"'));
    // Latin runs are marked only in right-to-left locales.
    assert.ok(!en.body.lead.includes('lang="en"'));
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
    assert.ok(!ar.body.lead.includes('\r'));
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

describe('loadContent: problems', () => {
  const AR_FILE = path.join('content', 'baghdad-bombings', 'ar.md');

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

  test('impossible date (30 February)', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(
        arFields({ publishedAt: '2021-02-30T10:00:00+03:00', updatedAt: undefined }),
        AR_BODY,
      ),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'publishedAt',
      message: /must be a real date and time with an offset/,
    });
  });

  test('29 February is accepted in a leap year only', async (t) => {
    const leap = await siteWithArabic(
      t,
      articleMarkdown(
        arFields({ publishedAt: '2024-02-29T10:00:00+03:00', updatedAt: undefined }),
        AR_BODY,
      ),
    );
    assert.deepEqual((await loadContent(leap.site.location)).problems, []);

    const common = await siteWithArabic(
      t,
      articleMarkdown(
        arFields({ publishedAt: '2023-02-29T10:00:00+03:00', updatedAt: undefined }),
        AR_BODY,
      ),
    );
    await loadOneProblem(common.site, {
      file: AR_FILE,
      field: 'publishedAt',
      message: /real date/,
    });
  });

  test('date without an offset', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(
        arFields({ publishedAt: '2021-01-22T11:40:00', updatedAt: undefined }),
        AR_BODY,
      ),
    );
    const problem = await loadOneProblem(site, {
      file: AR_FILE,
      field: 'publishedAt',
      message: /with an offset/,
    });
    assert.match(problem.hint!, /ISO 8601/);
  });

  test('updatedAt with an impossible hour', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ updatedAt: '2021-01-22T24:00:00+03:00' }), AR_BODY),
    );
    await loadOneProblem(site, { file: AR_FILE, field: 'updatedAt', message: /real date/ });
  });

  test('updatedAt before publishedAt', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ updatedAt: '2021-01-22T11:39:00+03:00' }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'updatedAt',
      message: /must not be earlier than publishedAt/,
    });
  });

  test('updatedAt compared as an instant: a later wall clock in another offset can be earlier', async (t) => {
    // 10:00+00:00 is 13:00 in Baghdad, which is after 11:40+03:00: valid.
    const later = await siteWithArabic(
      t,
      articleMarkdown(arFields({ updatedAt: '2021-01-22T10:00:00+00:00' }), AR_BODY),
    );
    assert.deepEqual((await loadContent(later.site.location)).problems, []);
    // 12:00+05:00 is 10:00 in Baghdad, before 11:40+03:00: rejected.
    const earlier = await siteWithArabic(
      t,
      articleMarkdown(arFields({ updatedAt: '2021-01-22T12:00:00+05:00' }), AR_BODY),
    );
    await loadOneProblem(earlier.site, { file: AR_FILE, field: 'updatedAt', message: /earlier/ });
  });

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

describe('loadContent: what an editor can publish by mistake', () => {
  const AR_FILE = path.join('content', 'baghdad-bombings', 'ar.md');
  const long = (length: number) => 'خبر '.repeat(length).slice(0, length - 1) + 'ا';

  for (const [field, fields, limit] of [
    ['slug', { slug: long(151).replace(/ /g, '-') }, 150],
    ['tags.0', { tags: [long(51)] }, 50],
    ['sources.0', { sources: [long(201)] }, 200],
  ] as const) {
    test(`${field} over ${limit} characters says the limit and the length`, async (t) => {
      const { site } = await siteWithArabic(t, articleMarkdown(arFields(fields), AR_BODY));
      const problem = await loadOneProblem(site, {
        file: AR_FILE,
        field,
        message: new RegExp(`^is ${limit + 1} characters long, over the ${limit}-character limit$`),
      });
      assert.match(problem.hint!, new RegExp(`${limit} characters or fewer`));
    });
  }

  test('the longest headline, standfirst and caption allowed are accepted', async (t) => {
    const fields = arFields({
      title: long(150),
      summary: long(400),
      image: { caption: long(300) },
    });
    const { site } = await siteWithArabic(t, articleMarkdown(fields, AR_BODY));
    assert.deepEqual((await loadContent(site.location)).problems, []);
  });

  test('a tag made only of diacritics is refused, naming the marks', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ tags: ['العراق', '\u064e\u064f'] }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'tags.1',
      message: /no letter or digit, only U\+064E U\+064F/,
    });
  });

  test('a zero-width joiner in a tag is refused and named', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ tags: ['بغ\u200dداد'] }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'tags.0',
      message: /contains U\+200D ZERO WIDTH JOINER \(character 3\)/,
    });
  });

  test('a bidi isolate in the caption is refused and named', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ image: { caption: 'تعليق \u2066Reuters\u2069' } }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'image.caption',
      message: /contains U\+2066 LEFT-TO-RIGHT ISOLATE \(character 7\)/,
    });
  });

  test('right-to-left and left-to-right marks stay allowed in a headline', async (t) => {
    const title = 'الكاظمي\u200f: تفجيرا بغداد \u200eReuters\u200e';
    const { site } = await siteWithArabic(t, articleMarkdown(arFields({ title }), AR_BODY));
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    assert.equal(articles.find((a) => a.locale === 'ar')?.title, title);
  });

  test('tags that differ only in spacing are one tag, so the second is refused', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ tags: ['تنظيم الدولة', 'تنظيم   الدولة'] }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: AR_FILE,
      field: 'tags.1',
      message: /repeats the tag "تنظيم الدولة", already given as tags\.0/,
    });
  });

  test('titles and tags are read in NFC, so one tag written NFD in another story gives one tag page', async (t) => {
    const site = await makeSite(t);
    const nfc = 'أمني';
    await site.write(
      'first',
      'ar.md',
      articleMarkdown(arFields({ slug: 'أ', tags: [nfc] }), AR_BODY),
    );
    await site.write(
      'second',
      'ar.md',
      articleMarkdown(
        arFields({
          slug: 'ب',
          title: 'خبر أمني'.normalize('NFD'),
          publishedAt: '2021-01-23T11:40:00+03:00',
          updatedAt: undefined,
          tags: [nfc.normalize('NFD')],
        }),
        AR_BODY,
      ),
    );
    const { articles, problems } = await loadContent(site.location);
    assert.deepEqual(problems, []);
    assert.equal(articles[0]!.title, 'خبر أمني'.normalize('NFC'));
    const index = indexOf(articles);
    const now = new Date();
    assert.deepEqual(
      index.topTags('ar', now, 10).map(({ tag, count }) => ({ tag, count })),
      [{ tag: nfc, count: 2 }],
    );
    assert.deepEqual(
      index.tag('ar', nfc, now, 10).map((a) => a.id),
      ['second', 'first'],
    );
  });

  test('an English placeholder body is refused too', async (t) => {
    const site = await makeSite(t);
    const file = await site.write(
      'story',
      'en.md',
      articleMarkdown(enFields(), `${EN_BODY}\n\n${PLACEHOLDER_BODY.en}`),
    );
    await loadOneProblem(site, {
      file,
      field: 'body',
      message: /placeholder text "Write the first paragraph of the story here\."/,
    });
  });

  test('a story filed under two sections names both files', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ section: 'culture' }), AR_BODY),
    );
    await loadOneProblem(site, {
      file: path.join('content', 'baghdad-bombings', 'en.md'),
      field: 'section',
      message:
        /^is "politics", but content\/baghdad-bombings\/ar\.md files the story under "culture"$/,
    });
  });

  test('an alias without its anchor is refused, not thrown', async (t) => {
    const text = articleMarkdown(arFields(), AR_BODY).replace(/^sources:\n.*$/m, 'sources: *nope');
    assert.match(text, /sources: \*nope/);
    const { site } = await siteWithArabic(t, text);
    await loadOneProblem(site, {
      file: AR_FILE,
      message: /uses a YAML alias \(\*nope, front matter line \d+\)/,
    });
  });

  test('an alias bomb in one file does not stop the check of the others', async (t) => {
    const site = await makeSite(t);
    const anchors = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefg') {
      const previous = anchors.at(-1)![0];
      anchors.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const bomb = await site.write(
      'bomb',
      'ar.md',
      articleMarkdown(arFields(), AR_BODY).replace('---\n\n', `${anchors.join('\n')}\n---\n\n`),
    );
    const noTitle = await site.write(
      'no-title',
      'ar.md',
      articleMarkdown(arFields({ slug: 'آخر', title: undefined }), AR_BODY),
    );
    const { problems } = await loadContent(site.location);
    assert.deepEqual(
      problems
        .map(({ file, field }) => ({ file, field }))
        .sort((a, b) => a.file.localeCompare(b.file)),
      [
        { file: bomb, field: undefined },
        { file: noTitle, field: 'title' },
      ],
    );
    assert.match(problems.find((p) => p.file === bomb)!.message, /uses a YAML alias \(\*a, /);
  });
});

describe('loadContent: several unknown fields', () => {
  test('two unknown fields in one file are both reported', async (t) => {
    const { site } = await siteWithArabic(
      t,
      articleMarkdown(arFields({ titel: 'عنوان', sumary: 'ملخص' }), AR_BODY),
    );
    const { problems } = await loadContent(site.location);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['sumary', 'titel']);
  });
});
