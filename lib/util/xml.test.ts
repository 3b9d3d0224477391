import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { el, escapeXml, renderXmlDocument } from './xml';

test('escapeXml escapes markup characters and quotes', () => {
  assert.equal(escapeXml('a & b < c > d "e"'), 'a &amp; b &lt; c &gt; d &quot;e&quot;');
  assert.equal(escapeXml('الكاظمي: "خرق"'), 'الكاظمي: &quot;خرق&quot;');
});

test('escapeXml escapes an ampersand once, even before an entity-looking run', () => {
  assert.equal(escapeXml('&amp;'), '&amp;amp;');
});

test('escapeXml drops characters XML 1.0 forbids but keeps tabs, newlines and astral ones', () => {
  assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe'), 'abcde');
  assert.equal(escapeXml('lone \uD800 surrogate'), 'lone  surrogate');
  assert.equal(escapeXml('tab\tline\ncr\r 😀'), 'tab\tline\ncr\r 😀');
});

test('renderXmlDocument writes a declaration and a well-formed, escaped tree', () => {
  const xml = renderXmlDocument(
    el('root', { 'xmlns:x': 'urn:x', title: 'say "hi" & <bye>' }, [
      el('x:item', { n: 1 }, 'one & "two" <three>'),
      el('empty', { skipped: undefined }),
      null,
      false,
      el('blank', null, ''),
    ]),
  );
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<root '));
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(xml, /<empty\/>/);
  assert.match(xml, /<blank\/>/);
  assert.doesNotMatch(xml, /skipped/);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  assert.equal(parsed.root['@_title'], 'say "hi" & <bye>');
  assert.equal(parsed.root['x:item']['#text'], 'one & "two" <three>');
  assert.equal(parsed.root['x:item']['@_n'], '1');
});
