import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  nowWithOffset,
  renderArticleFile,
  slugFromTitle,
  validateInput,
} from '../lib/content/new-article';
import { parseArticle, parseFrontMatter } from '../lib/content/parse-article';
import { PLACEHOLDER_BODY } from '../lib/content/placeholder-body';

const root = path.resolve(import.meta.dirname, '..');

function newArticle(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/new-article.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
  });
}

const answers = {
  id: 'mosul-library-reopens',
  locale: 'ar',
  title: 'مكتبة الموصل المركزية تعود إلى القرّاء',
  summary: 'افتتاح المكتبة بعد ترميمها.',
  section: 'culture',
};

describe('new-article helpers', () => {
  test('slugFromTitle joins the headline words with hyphens and drops punctuation', () => {
    assert.equal(slugFromTitle('الكاظمي: تفجيرا بغداد خرق أمنيّ!'), 'الكاظمي-تفجيرا-بغداد-خرق-أمنيّ');
    assert.equal(slugFromTitle('Hope probe: "reaches" Mars'), 'hope-probe-reaches-mars');
  });

  test('nowWithOffset writes the time in the site zone with its offset', () => {
    const now = new Date('2024-11-20T21:30:00Z');
    assert.equal(nowWithOffset(now, 'Asia/Baghdad'), '2024-11-21T00:30:00+03:00');
    assert.equal(nowWithOffset(now, 'UTC'), '2024-11-20T21:30:00+00:00');
    assert.equal(nowWithOffset(now, 'America/New_York'), '2024-11-20T16:30:00-05:00');
  });

  test('validateInput names each wrong answer', () => {
    assert.deepEqual(validateInput(answers), []);
    const errors = validateInput({ ...answers, id: 'Bad Id', locale: 'fr', section: 'sports' });
    assert.equal(errors.length, 3);
    assert.match(errors.join('\n'), /^id: .*\nlocale: .*\nsection: /);
  });

  test('the rendered front matter passes the build schema', () => {
    const text = renderArticleFile(answers, '2026-11-29T10:00:00+03:00');
    const { frontMatter, problems } = parseFrontMatter('x/ar.md', text);
    assert.deepEqual(problems, []);
    assert.equal(frontMatter?.title, answers.title);
    assert.equal(frontMatter?.publishedAt, '2026-11-29T10:00:00+03:00');
    assert.equal(frontMatter?.slug, 'مكتبة-الموصل-المركزية-تعود-إلى-القرّاء');
  });

  for (const locale of ['ar', 'en'] as const) {
    test(`the ${locale} placeholder body is refused until the editor replaces it`, () => {
      const text = renderArticleFile({ ...answers, locale }, '2026-11-29T10:00:00+03:00');
      const file = `x/${locale}.md`;
      const refused = parseArticle({ file, id: answers.id, locale, text });
      assert.deepEqual(
        refused.problems.map(({ field, message }) => ({ field, message })),
        [
          {
            field: 'body',
            message: `still holds the placeholder text "${PLACEHOLDER_BODY[locale].split('\n')[0]}" from npm run new-article`,
          },
        ],
      );
      const written = text.replace(
        PLACEHOLDER_BODY[locale],
        'فقرة الخبر الأولى.\n\n## عنوان فرعي\n\nالنص.\n',
      );
      assert.deepEqual(parseArticle({ file, id: answers.id, locale, text: written }).problems, []);
    });
  }

  test('a headline over the limit fails the front-matter check new-article runs before writing', () => {
    const text = renderArticleFile(
      { ...answers, title: 'خبر '.repeat(60) },
      '2026-11-29T10:00:00+03:00',
    );
    const { problems } = parseFrontMatter('x/ar.md', text);
    assert.deepEqual(
      problems.map(({ field }) => field),
      ['slug', 'title'],
    );
  });
});

describe('npm run new-article', () => {
  test("creates a valid file with today's date from flags, and refuses to overwrite it", async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'new-article-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const flags = Object.entries(answers).flatMap(([key, value]) => [`--${key}`, value]);
    // The script reads the clock while it runs: either side of midnight in Baghdad is today.
    const baghdadDay = () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());
    const dayBefore = baghdadDay();
    const first = newArticle([...flags, '--dir', dir]);
    const dayAfter = baghdadDay();
    assert.equal(first.status, 0, first.stderr);
    const file = path.join(dir, answers.id, 'ar.md');
    const text = await readFile(file, 'utf8');
    const day = /^publishedAt: (\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}\+03:00$/m.exec(text)?.[1];
    assert.ok(day === dayBefore || day === dayAfter, `${day} is not ${dayBefore} or ${dayAfter}`);

    const second = newArticle([...flags, '--dir', dir]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /already exists; nothing was written/);
    assert.equal(await readFile(file, 'utf8'), text);
  });

  test('rejects bad answers without writing anything', async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'new-article-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const result = newArticle([
      '--id',
      'x',
      '--locale',
      'fr',
      '--title',
      'T',
      '--summary',
      'S',
      '--section',
      'sports',
      '--dir',
      dir,
    ]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /locale: use ar or en/);
    assert.match(result.stderr, /section: use one of/);
    assert.equal(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout, '');
  });

  test('asks for missing answers, and says so when there is no terminal', () => {
    const result = newArticle(['--id', 'only-id']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Missing --locale, --title, --summary, --section/);
  });
});
