import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeField, termsOf } from './analyze';
import { arabicStem } from './arabic-stem';
import { englishStem } from './english-stem';
import { normalize, tokenize } from './normalize';
import { parseQuery } from './query';

/** Whether a query finds a text, as the index decides it: every query word, exact or by a stem. */
function matches(query: string, text: string): boolean {
  const field = analyzeField(text);
  const exact = new Set(field.exact.split(' '));
  const stems = new Set(field.stem.split(' '));
  const { words } = parseQuery(query);
  return (
    words.length > 0 &&
    words.every((word) => exact.has(word.exact) || word.stems.some((stem) => stems.has(stem)))
  );
}

const MUST_MATCH: [query: string, text: string][] = [
  ['احمد', 'قال أحمد'],
  ['الانتخابات', 'موعد الإنتخابات'],
  ['اسيا', 'كأس آسيا'],
  ['مصطفي', 'مصطفى الكاظمي'],
  ['القاهره', 'في القاهرة'],
  ['مُحَمَّد', 'محمد'],
  ['رئيس', 'رئيـــس الوزراء'],
  ['حكومة', 'فالحكومة قررت'],
  ['الكاظمي', 'والكاظمي قال'],
  ['القدس', 'بالقدس'],
  ['الأمم', 'للأمم المتحدة'],
  ['المتظاهرين', 'المتظاهرون في الساحة'],
];

const MUST_NOT_MATCH: [query: string, text: string][] = [
  ['كتاب', 'كاتب'],
  ['مصر', 'مصير'],
  ['زار', 'وزارة'],
];

describe('Arabic analysis', () => {
  for (const [query, text] of MUST_MATCH) {
    test(`${query} finds ${text}`, () => assert.ok(matches(query, text)));
  }
  for (const [query, text] of MUST_NOT_MATCH) {
    test(`${query} does not find ${text}`, () => {
      assert.equal(matches(query, text), false);
      assert.equal(matches(text, query), false);
    });
  }

  test('folds as Lucene ArabicNormalizer does', () => {
    assert.equal(normalize('آ أ إ ٱ ى ة ؤ ئ'), 'ا ا ا ا ي ه ء ء');
    assert.equal(normalize('مُحَمَّدٌ ٰ'), 'محمد');
    assert.equal(normalize('رئيـــس'), 'رءيس');
    assert.equal(normalize('٢٠٢٤ ۱۹'), '2024 19');
    assert.equal(normalize('Baghdad COVID-19'), 'baghdad covid 19');
  });

  test('keeps the written offsets of each word, diacritics and tatweel included', () => {
    const text = 'قال مُحَمَّد: رئيـــس';
    const words = tokenize(text).map(({ start, end }) => text.slice(start, end));
    assert.deepEqual(words, ['قال', 'مُحَمَّد', 'رئيـــس']);
  });

  test('counts characters outside the Basic Multilingual Plane as one, with offsets in UTF-16', () => {
    const text = 'ـقال 😀 𝐀bc';
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map(({ word }) => word),
      ['قال', '𝐀bc'.toLowerCase()],
    );
    assert.deepEqual(
      tokens.map(({ start, end }) => text.slice(start, end)),
      ['ـقال', '𝐀bc'],
    );
  });

  test('strips the prefixes and suffixes of light10 within its length guards', () => {
    for (const [word, stem] of [
      ['والكاظمي', 'كاظم'],
      ['بالقدس', 'قدس'],
      ['كالبحر', 'بحر'],
      ['فالحكومه', 'حكوم'],
      ['للامم', 'امم'],
      ['الانتخابات', 'انتخاب'],
      ['المتظاهرون', 'متظاهر'],
      ['كتابها', 'كتاب'],
      ['مصر', 'مصر'],
      ['مصير', 'مصير'],
      ['كتاب', 'كتاب'],
      ['كاتب', 'كاتب'],
      ['اله', 'اله'],
    ]) {
      assert.equal(arabicStem(word!), stem, word);
    }
  });

  test('reads a leading و both ways, but never makes وزارة into زار', () => {
    assert.deepEqual(termsOf('وقال').stems, ['وقال', 'قال']);
    assert.deepEqual(termsOf('وزاره').stems, ['وزار', 'زاره']);
    assert.deepEqual(termsOf('وزار').stems, ['وزار', 'زار']);
    assert.ok(matches('قال', 'وقال الوزير'));
    assert.ok(matches('وزارة', 'الوزارة'));
  });
});

describe('English analysis', () => {
  test('plurals and tenses meet', () => {
    for (const group of [
      ['vote', 'votes', 'voted', 'voting'],
      ['house', 'houses'],
      ['city', 'cities'],
      ['run', 'running'],
      ['stop', 'stopped'],
    ]) {
      assert.equal(new Set(group.map(englishStem)).size, 1, group.join(' '));
    }
    for (const word of ['bus', 'class', 'crisis', 'fall']) assert.equal(englishStem(word), word);
  });

  test('finds across case and endings', () => {
    assert.ok(matches('Elections', 'the election in Baghdad'));
    assert.equal(matches('election', 'the selection'), false);
  });
});
