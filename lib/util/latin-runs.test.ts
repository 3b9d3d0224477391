import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitLatinRuns } from './latin-runs';

const rejoin = (text: string) =>
  splitLatinRuns(text)
    .map((run) => run.text)
    .join('');

describe('splitLatinRuns', () => {
  test('Arabic only: one non-Latin run', () => {
    const text = 'أكد رئيس الوزراء العراقي أنّ بغداد آمنة.';
    assert.deepEqual(splitLatinRuns(text), [{ text, latin: false }]);
  });

  test('Arabic with Arabic-Indic and Latin digits only: no Latin run', () => {
    const text = 'قُتل ٣٢ شخصًا و110 جرحى في 21 يناير';
    assert.deepEqual(splitLatinRuns(text), [{ text, latin: false }]);
  });

  test('Latin only: one Latin run', () => {
    assert.deepEqual(splitLatinRuns('Joe Biden'), [{ text: 'Joe Biden', latin: true }]);
    assert.deepEqual(splitLatinRuns('Mustafa al-Kadhimi'), [
      { text: 'Mustafa al-Kadhimi', latin: true },
    ]);
  });

  test('empty text: no runs', () => {
    assert.deepEqual(splitLatinRuns(''), []);
  });

  test('a Latin name inside Arabic is one run, the Arabic around it is left alone', () => {
    assert.deepEqual(splitLatinRuns('قال Joe Biden اليوم'), [
      { text: 'قال ', latin: false },
      { text: 'Joe Biden', latin: true },
      { text: ' اليوم', latin: false },
    ]);
  });

  test('mixed with digits: "COVID-19" is one run', () => {
    assert.deepEqual(splitLatinRuns('انتشر فيروس COVID-19 في العراق'), [
      { text: 'انتشر فيروس ', latin: false },
      { text: 'COVID-19', latin: true },
      { text: ' في العراق', latin: false },
    ]);
  });

  test('a run ends on a letter or digit: trailing spaces and punctuation stay outside', () => {
    assert.deepEqual(splitLatinRuns('(Reuters, AFP) قالت'), [
      { text: '(', latin: false },
      { text: 'Reuters', latin: true },
      { text: ', ', latin: false },
      { text: 'AFP', latin: true },
      { text: ') قالت', latin: false },
    ]);
    assert.deepEqual(splitLatinRuns('برج Baghdad Tower.'), [
      { text: 'برج ', latin: false },
      { text: 'Baghdad Tower', latin: true },
      { text: '.', latin: false },
    ]);
  });

  test('apostrophes, ampersands and accented letters stay inside a run', () => {
    assert.deepEqual(splitLatinRuns("قالت Human Rights Watch's و AT&T و Société Générale"), [
      { text: 'قالت ', latin: false },
      { text: "Human Rights Watch's", latin: true },
      { text: ' و ', latin: false },
      { text: 'AT&T', latin: true },
      { text: ' و ', latin: false },
      { text: 'Société Générale', latin: true },
    ]);
  });

  test('runs alternate between Latin and non-Latin', () => {
    const runs = splitLatinRuns('أ B ج D هـ F');
    for (let i = 1; i < runs.length; i += 1) {
      assert.notEqual(runs[i]!.latin, runs[i - 1]!.latin);
    }
    assert.ok(runs.every((run) => run.text.length > 0));
  });

  test('runs rejoin to the original text', () => {
    const samples = [
      'قال Joe Biden اليوم',
      'انتشر فيروس COVID-19 في العراق',
      'Iraqi News Agency (INA) نقلت عن Reuters و AFP',
      'أكد رئيس الوزراء',
      'Only English here.',
      '   spaces   ',
      'a',
      'ب',
      '2021',
      'x-y-z — Ünïcödé — ١٢٣ — 🙂 emoji',
    ];
    for (const text of samples) assert.equal(rejoin(text), text);
  });

  test('mathematical signs in the Latin-1 block are not Latin letters', () => {
    assert.deepEqual(splitLatinRuns('السعر 5 × 3'), [{ text: 'السعر 5 × 3', latin: false }]);
  });
});
