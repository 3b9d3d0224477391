import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from './markdown';

describe('hostile Markdown is rendered inert', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    '<form action="https://evil.example"><input name=q></form>',
    '[click](javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![pixel](https://tracker.example/p.gif)',
    '<a href="https://evil.example" onclick="alert(1)">x</a>',
    '<svg onload="alert(1)"></svg>',
  ];
  for (const attack of attacks) {
    test(attack, () => {
      const html = renderBody(`قبل\n\n${attack}\n\nبعد`, { markLatinRuns: true })
        .map((block) => block.html)
        .join('\n');
      assert.doesNotMatch(html, /<(script|iframe|style|form|input|svg)\b/i);
      assert.doesNotMatch(html, /\son\w+=/i);
      assert.doesNotMatch(html, /javascript:|data:text|tracker\.example|evil\.example/i);
      assert.match(html, /قبل/);
      assert.match(html, /بعد/);
    });
  }

  test('external links open with rel="noopener noreferrer"; local links and images stay', () => {
    const html = renderBody(
      '[خبر](https://www.unesco.org/ar) و[محلي](/ar) ![صورة](/images/site/fallback.svg)',
      {
        markLatinRuns: false,
      },
    )[0]!.html;
    assert.match(html, /<a href="https:\/\/www\.unesco\.org\/ar" rel="noopener noreferrer">/);
    assert.match(html, /<a href="\/ar">/);
    assert.match(html, /<img src="\/images\/site\/fallback\.svg" alt="صورة">/);
  });
});

describe('protocol-relative and backslash addresses are not the site', () => {
  // Browsers resolve `//host/x`, and `/\host/x` or `\\host/x` in the same way, to another origin.
  // The WHATWG URL parser, which browsers use, is the judge of where an address leads.
  const PAGE = 'https://site.example/ar/news/story';
  const leadsOffSite = (address: string) => new URL(address, PAGE).origin !== new URL(PAGE).origin;
  const attributes = (html: string, tag: string, name: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

  // Markdown source of each address (so `\\` below is one backslash in the file).
  const offSite = [
    '//evil.example/x',
    '<//evil.example/x>',
    '///evil.example/x',
    '/\\/evil.example/x', // `\/` is an escaped slash: the address is //evil.example/x
    '\\\\\\\\evil.example/x', // two backslashes
    '/\\evil.example/x',
    '\\\\/evil.example/x',
    'http:evil.example/x',
  ];

  for (const address of offSite) {
    test(`${address}: no image loads from another origin, no link there can reach back`, () => {
      const markdown = `![صورة](${address}) [رابط](${address})\n\n[مرجع][r] ![صورة مرجعية][r]\n\n[r]: ${address}`;
      const html = renderBody(markdown, { markLatinRuns: false })
        .map((block) => block.html)
        .join('\n');
      for (const src of attributes(html, 'img', 'src')) {
        assert.ok(!leadsOffSite(src), `image kept at ${src}: ${html}`);
      }
      const links = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
      assert.equal(links.length, 2, html);
      for (const link of links) {
        const href = attributes(link, 'a', 'href')[0];
        if (href !== undefined && leadsOffSite(href)) {
          assert.match(link, /\srel="noopener noreferrer"/, html);
        }
      }
    });
  }

  test('the protocol-relative image and link are seen as leaving the site', () => {
    const html = renderBody('![صورة](//evil.example/p.gif) [رابط](//evil.example/x)', {
      markLatinRuns: false,
    })[0]!.html;
    assert.equal(html, '<p> <a href="//evil.example/x" rel="noopener noreferrer">رابط</a></p>');
  });

  test('a local path keeps its image, and its link needs no rel', () => {
    const html = renderBody('![صورة](/images/site/fallback.svg) [محلي](/ar/section/politics)', {
      markLatinRuns: false,
    })[0]!.html;
    assert.equal(
      html,
      '<p><img src="/images/site/fallback.svg" alt="صورة"> <a href="/ar/section/politics">محلي</a></p>',
    );
  });
});
