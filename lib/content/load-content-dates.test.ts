import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AR_FILE,
  arFields,
  AR_BODY,
  articleMarkdown,
  siteWithArabic,
  loadOneProblem,
} from './load-content-fixtures';
import { loadContent } from './load-content';

describe('loadContent: problems with dates', () => {
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
});
