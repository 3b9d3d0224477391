import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from './markdown';

const both = [{ markLatinRuns: true }, { markLatinRuns: false }] as const;

describe('renderBody: blocks', () => {
  test('gives one block per top-level element, in order', () => {
    const markdown = [
      'الفقرة الأولى.',
      '## عنوان فرعي',
      'الفقرة الثانية.',
      '- بند أول\n- بند ثانٍ',
      '> اقتباس',
      '1. أول\n2. ثانٍ',
      '### عنوان ثالث',
    ].join('\n\n');
    const blocks = renderBody(markdown, { markLatinRuns: true });
    assert.deepEqual(
      blocks.map((b) => b.tagName),
      ['p', 'h2', 'p', 'ul', 'blockquote', 'ol', 'h3'],
    );
    assert.equal(blocks[0]!.html, '<p>الفقرة الأولى.</p>');
    assert.equal(blocks[1]!.html, '<h2>عنوان فرعي</h2>');
    assert.equal(blocks[3]!.html, '<ul>\n<li>بند أول</li>\n<li>بند ثانٍ</li>\n</ul>');
    assert.equal(blocks[4]!.html, '<blockquote>\n<p>اقتباس</p>\n</blockquote>');
  });

  test('each block html starts with its own tag', () => {
    const blocks = renderBody('نص\n\n## عنوان\n\n> قول', { markLatinRuns: false });
    for (const block of blocks) assert.ok(block.html.startsWith(`<${block.tagName}>`), block.html);
  });

  test('an empty or blank body gives no blocks', () => {
    for (const options of both) {
      assert.deepEqual(renderBody('', options), []);
      assert.deepEqual(renderBody('  \n\n\t\n', options), []);
    }
  });

  test('a level-1 heading comes out as an h1 block (the loader rejects it)', () => {
    const blocks = renderBody('# عنوان\n\nنص', { markLatinRuns: true });
    assert.deepEqual(
      blocks.map((b) => b.tagName),
      ['h1', 'p'],
    );
  });

  test('straight quotes are kept as typed', () => {
    const [block] = renderBody('قال إنّ "الأمن ليس مجرد كلمة" و\'مسؤولية\'.', {
      markLatinRuns: true,
    });
    assert.equal(block!.html, '<p>قال إنّ "الأمن ليس مجرد كلمة" و\'مسؤولية\'.</p>');
  });

  test('emphasis and safe links are kept', () => {
    const [block] = renderBody('A **bold** word and [a link](https://example.com/a?b=1).', {
      markLatinRuns: false,
    });
    assert.equal(
      block!.html,
      '<p>A <strong>bold</strong> word and <a href="https://example.com/a?b=1" rel="noopener noreferrer">a link</a>.</p>',
    );
  });
});

describe('renderBody: sanitising', () => {
  const hostile = [
    'نص قبل.',
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    'فقرة فيها <b onclick="alert(1)">وسم</b> خام.',
    '[اضغط](javascript:alert(1))',
    '[اضغط](JAVASCRIPT:alert(1))',
    '![صورة](javascript:alert(1))',
    '<a href="javascript:alert(1)">رابط</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    'نص بعد.',
  ].join('\n\n');

  for (const options of both) {
    test(`removes scripts, event handlers and javascript: URLs (markLatinRuns: ${options.markLatinRuns})`, () => {
      const blocks = renderBody(hostile, options);
      const html = blocks.map((b) => b.html).join('\n');
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /alert/i);
      assert.doesNotMatch(html, /\bon[a-z]+\s*=/i);
      assert.doesNotMatch(html, /javascript:/i);
      assert.doesNotMatch(html, /<iframe|<style/i);
      assert.ok(html.includes('<p>نص قبل.</p>'));
      assert.ok(html.includes('<p>نص بعد.</p>'));
      // The link text stays, without the dangerous href.
      assert.ok(
        blocks.some((b) => /^<p><a>اضغط<\/a><\/p>$/.test(b.html)),
        html,
      );
      for (const block of blocks) assert.ok(!['script', 'iframe', 'style'].includes(block.tagName));
    });
  }
});

describe('renderBody: Latin runs', () => {
  test('Latin words inside Arabic text are wrapped in one <span lang="en">', () => {
    const [block] = renderBody('قال Joe Biden اليوم', { markLatinRuns: true });
    assert.equal(block!.html, '<p>قال <span lang="en">Joe Biden</span> اليوم</p>');
    assert.equal(block!.html.match(/<span/g)?.length, 1);
  });

  test('nothing is wrapped when markLatinRuns is false', () => {
    const [block] = renderBody('قال Joe Biden اليوم', { markLatinRuns: false });
    assert.equal(block!.html, '<p>قال Joe Biden اليوم</p>');
  });

  test('runs inside inline elements are wrapped, code is left alone', () => {
    const [block] = renderBody(
      'نقلت [Reuters](https://reuters.com) و**BBC** عن `npm run build` الخبر',
      {
        markLatinRuns: true,
      },
    );
    assert.equal(
      block!.html,
      '<p>نقلت <a href="https://reuters.com" rel="noopener noreferrer"><span lang="en">Reuters</span></a> و<strong><span lang="en">BBC</span></strong> عن <code>npm run build</code> الخبر</p>',
    );
  });

  test('COVID-19 stays one run', () => {
    const [block] = renderBody('انتشر فيروس COVID-19 في العراق', { markLatinRuns: true });
    assert.equal(block!.html, '<p>انتشر فيروس <span lang="en">COVID-19</span> في العراق</p>');
  });

  test('Arabic-only text gets no span', () => {
    const [block] = renderBody('أكد رئيس الوزراء العراقي أنّ بغداد آمنة.', { markLatinRuns: true });
    assert.ok(!block!.html.includes('<span'));
  });
});

describe('renderBody: word counts', () => {
  test('counts words in Arabic, English and mixed text', () => {
    const cases: Array<[string, number]> = [
      ['قال Joe Biden اليوم', 4],
      ['أكد رئيس الوزراء العراقي مصطفى الكاظمي', 6],
      ['The two bombings struck central Baghdad.', 6],
      ['فيروس COVID-19 انتشر', 3],
      ['قال — اليوم', 2], // a dash alone is not a word
      ['A **bold** word', 3],
      ['العدد 2021 مهم', 3], // digits count
    ];
    for (const [markdown, words] of cases) {
      for (const options of both) {
        const blocks = renderBody(markdown, options);
        assert.equal(blocks.length, 1);
        assert.equal(blocks[0]!.words, words, `${markdown} (${JSON.stringify(options)})`);
      }
    }
  });

  test('headings and list items are counted; tags are not', () => {
    const blocks = renderBody('## الجيش: بغداد آمنة\n\n- بند أول\n- بند ثانٍ', {
      markLatinRuns: true,
    });
    assert.deepEqual(
      blocks.map((b) => b.words),
      [3, 4],
    );
  });

  test('an escaped character is not counted as a word', () => {
    assert.equal(renderBody('Tom & Jerry', { markLatinRuns: false })[0]!.words, 2);
    assert.equal(renderBody('a < b', { markLatinRuns: false })[0]!.words, 2);
  });
});
