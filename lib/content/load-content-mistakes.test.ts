import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
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
import { PLACEHOLDER_BODY } from './placeholder-body';

describe('loadContent: more an editor can publish by mistake', () => {
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
