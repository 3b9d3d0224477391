import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS, matchExpression, parseQuery } from './query';
import { markedSnippet, markedText } from './snippet';

test('a query is cleaned: bidi and other invisible controls go, spaces collapse', () => {
  const parsed = parseQuery('\u202Eالكاظمي\u2066  \u200Fبغداد\u0000 ');
  assert.equal(parsed.text, 'الكاظمي بغداد');
  assert.deepEqual(
    parsed.words.map((word) => word.exact),
    ['الكاظمي', 'بغداد'],
  );
  assert.equal(parsed.cut, false);
});

test('a long query is cut, and says so', () => {
  const long = parseQuery('ب'.repeat(10_000));
  assert.equal(Array.from(long.text).length, MAX_QUERY_CHARS);
  assert.equal(long.cut, true);
  const many = parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
  assert.equal(many.words.length, MAX_QUERY_WORDS);
  assert.equal(many.cut, true);
});

test('words that tell no story apart are left out, unless they are all there is', () => {
  assert.deepEqual(
    parseQuery('في القاهرة ومن جديد').words.map((word) => word.exact),
    ['القاهره', 'جديد'],
  );
  assert.deepEqual(
    parseQuery('في من').words.map((word) => word.exact),
    ['في', 'من'],
  );
});

test('markup and operators are no syntax', () => {
  const parsed = parseQuery('<script>alert(1)</script> "x AND y OR');
  assert.deepEqual(
    parsed.words.map((word) => word.exact),
    ['script', 'alert', '1', 'x', 'y'],
  );
  assert.ok(!/[<>]/.test(matchExpression(parsed.words)));
  assert.deepEqual(parseQuery('" ) ( * ^').words, []);
});

test('marks fall on the written words, diacritics and tatweel included', () => {
  const text = 'قال مُحَمَّد إن رئيـــس الحكومة زار بالقدس';
  const parts = markedSnippet(text, parseQuery('محمد رئيس القدس').words)!;
  assert.deepEqual(
    parts.filter((part) => part.mark).map((part) => part.text),
    ['مُحَمَّد', 'رئيـــس', 'بالقدس'],
  );
  assert.equal(parts.map((part) => part.text).join(''), text);
  assert.equal(markedSnippet(text, parseQuery('البصرة').words), null);
});

test('a long text gives the passage around its matches', () => {
  const text = `${'كلمة '.repeat(200)}الكاظمي ${'كلمة '.repeat(200)}`;
  const parts = markedSnippet(text, parseQuery('الكاظمي').words)!;
  const joined = parts.map((part) => part.text).join('');
  assert.ok(joined.startsWith('… ') && joined.endsWith(' …'));
  assert.ok(joined.length < 260);
  assert.deepEqual(
    parts.filter((part) => part.mark).map((part) => part.text),
    ['الكاظمي'],
  );
});

test('a headline is marked whole, never cut', () => {
  const title = 'شارع المتنبي يستعيد ألقه بعد إعادة تأهيله في قلب بغداد';
  const parts = markedText(title, parseQuery('بغداد').words);
  assert.equal(parts.map((part) => part.text).join(''), title);
  assert.deepEqual(parts.at(-1), { text: 'بغداد', mark: true });
});
