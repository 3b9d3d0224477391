import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from './markdown';

/**
 * What remark-parse and remark-rehype made of each case, recorded before markdown-it replaced them
 * (decision 0015): the same HTML, block by block, on the corpus and on these edge cases.
 */
const CASES: [markdown: string, html: string[]][] = [
  [
    '- a\n- b\n\n- c',
    ['<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>'],
  ],
  ['- a\n\n  b\n- c', ['<ul>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>']],
  ['3. x\n4. y', ['<ol start="3">\n<li>x</li>\n<li>y</li>\n</ol>']],
  ['- a\n  - b\n- d', ['<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>d</li>\n</ul>']],
  [
    '```js extra\nconst a = 1;\n```',
    ['<pre><code class="language-js">const a = 1;\n</code></pre>'],
  ],
  ['    code\n    more\n', ['<pre><code>code\nmore\n</code></pre>']],
  ['line one  \nline two', ['<p>line one<br>\nline two</p>']],
  ['a &amp; b &copy; &#x41; &bogus;', ['<p>a &#x26; b © A &#x26;bogus;</p>']],
  [
    '<https://example.com/ا>',
    [
      '<p><a href="https://example.com/%D8%A7" rel="noopener noreferrer">https://example.com/ا</a></p>',
    ],
  ],
  [
    '[a][1]\n\n[1]: https://x.example/ب "T"',
    ['<p><a href="https://x.example/%D8%A8" title="T" rel="noopener noreferrer">a</a></p>'],
  ],
  ['قبل <b onclick="x">وسط</b> بعد', ['<p>قبل وسط بعد</p>']],
  ['Title\n=====', ['<h1>Title</h1>']],
  ['>', ['<blockquote>\n</blockquote>']],
  ['text `code\nspan` more', ['<p>text <code>code span</code> more</p>']],
  ['| a | b |\n|---|---|\n| 1 | 2 |', ['<p>| a | b |\n|---|---|\n| 1 | 2 |</p>']],
  ['~~strike~~ www.example.com', ['<p>~~strike~~ www.example.com</p>']],
  [
    '[x](https://EXAMPLE.com/%7Efoo%zz "t")',
    ['<p><a href="https://EXAMPLE.com/%7Efoo%zz" title="t" rel="noopener noreferrer">x</a></p>'],
  ],
  ['- > q\n- r', ['<ul>\n<li>\n<blockquote>\n<p>q</p>\n</blockquote>\n</li>\n<li>r</li>\n</ul>']],
];

test('CommonMark edge cases come out as remark-rehype made them', () => {
  for (const [markdown, html] of CASES) {
    const blocks = renderBody(markdown, { markLatinRuns: false });
    assert.deepEqual(
      blocks.map((block) => block.html),
      html,
      markdown,
    );
  }
});
