import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AR_FILE,
  arFields,
  AR_BODY,
  articleMarkdown,
  makeSite,
  siteWithArabic,
  loadOneProblem,
} from './load-content-fixtures';
import { loadContent } from './load-content';
import { indexOf } from './story-fixture';

describe('loadContent: what an editor can publish by mistake', () => {
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
});
