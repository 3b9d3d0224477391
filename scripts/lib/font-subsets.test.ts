import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ARABIC_UNICODE_RANGE, charactersOf, LATIN_UNICODE_RANGE } from './font-subsets';

const fontsModule = readFileSync(path.join(import.meta.dirname, '../../app/fonts.ts'), 'utf8');

test('app/fonts.ts declares the unicode-range each subset keeps', () => {
  // next/font/local takes literals only, so the ranges are written twice; this holds them equal.
  const declared = [...fontsModule.matchAll(/value:\s*'([^']+)'/g)].map((match) => match[1]);
  assert.deepEqual(declared, [ARABIC_UNICODE_RANGE, LATIN_UNICODE_RANGE]);
});

test('the Arabic subset keeps what Arabic news text is written with', () => {
  const kept = new Set(charactersOf(ARABIC_UNICODE_RANGE));
  for (const character of 'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰ،؛؟پچڤگ\u200c\u200f') {
    assert.ok(kept.has(character), `U+${character.codePointAt(0)?.toString(16)} missing`);
  }
});

test('the Latin subset keeps accented names and typographic punctuation', () => {
  const kept = new Set(charactersOf(LATIN_UNICODE_RANGE));
  for (const character of 'AZaz09 éüçñ«»·–—‘’“”…€') {
    assert.ok(kept.has(character), `U+${character.codePointAt(0)?.toString(16)} missing`);
  }
});

test('a unicode-range that is not one is refused by name', () => {
  assert.throws(() => charactersOf('U+0041,zz'), /not a unicode-range part: "zz"/);
  assert.throws(() => charactersOf('U+0042-0041'), /runs backwards/);
  assert.equal(charactersOf('U+0041-0043,U+0061'), 'ABCa');
});
