import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { foldBody } from './continue-reading';
import { renderBody, type BodyBlock } from '@/lib/content/markdown';

// Mirrors the constants in continue-reading.ts: the lead takes blocks until it holds at least
// LEAD_WORDS words, and the body is folded only if at least MIN_FOLDED_WORDS words remain.
const LEAD_WORDS = 110;
const MIN_FOLDED_WORDS = 150;

let counter = 0;
/** A block with a unique marker, so the output shows which blocks went where. */
function block(tagName: string, words: number): BodyBlock {
  counter += 1;
  return {
    tagName,
    html: `<${tagName}>block-${counter} ${'w '.repeat(words).trim()}</${tagName}>`,
    words,
  };
}
const p = (words: number) => block('p', words);
const h2 = (words = 3) => block('h2', words);
const h3 = (words = 3) => block('h3', words);

const htmlOf = (blocks: readonly BodyBlock[]) => blocks.map((b) => b.html);

/** Splits folded output back into block html strings (test blocks hold no newlines). */
function partsOf(body: { lead: string; rest: string | null }) {
  return {
    lead: body.lead.split('\n'),
    rest: body.rest === null ? [] : body.rest.split('\n'),
  };
}

function assertNothingLost(
  blocks: readonly BodyBlock[],
  body: { lead: string; rest: string | null },
) {
  const { lead, rest } = partsOf(body);
  assert.deepEqual([...lead, ...rest], htmlOf(blocks), 'every block exactly once, in order');
}

describe('foldBody', () => {
  test('a short body is not folded', () => {
    const blocks = [p(30), p(30), p(30)];
    const body = foldBody(blocks);
    assert.equal(body.rest, null);
    assert.equal(body.lead, htmlOf(blocks).join('\n'));
  });

  test('an empty body gives an empty lead', () => {
    assert.deepEqual(foldBody([]), { lead: '', rest: null });
  });

  test('a long body (15 paragraphs of 40 words) is folded after the first LEAD_WORDS words', () => {
    const blocks = Array.from({ length: 15 }, () => p(40));
    const body = foldBody(blocks);
    assert.notEqual(body.rest, null);
    const { lead, rest } = partsOf(body);
    // 40 + 40 = 80 < 110, 40 * 3 = 120 >= 110: three paragraphs in the lead.
    assert.deepEqual(lead, htmlOf(blocks.slice(0, 3)));
    assert.deepEqual(rest, htmlOf(blocks.slice(3)));
    assertNothingLost(blocks, body);
  });

  test('not folded when fewer than MIN_FOLDED_WORDS words would be hidden', () => {
    // Lead: 5 x 25 = 125 words. Remaining: 5 x 25 = 125 < 150.
    const blocks = Array.from({ length: 10 }, () => p(25));
    const body = foldBody(blocks);
    assert.equal(body.rest, null);
    assert.equal(body.lead, htmlOf(blocks).join('\n'));
  });

  test('folded when exactly MIN_FOLDED_WORDS words would be hidden', () => {
    // Lead: 110 words in one block; the rest holds exactly 150.
    const blocks = [p(LEAD_WORDS), p(75), p(MIN_FOLDED_WORDS - 75)];
    const body = foldBody(blocks);
    assert.deepEqual(partsOf(body), {
      lead: htmlOf(blocks.slice(0, 1)),
      rest: htmlOf(blocks.slice(1)),
    });
  });

  test('not folded when one word short of MIN_FOLDED_WORDS', () => {
    const blocks = [p(LEAD_WORDS), p(75), p(MIN_FOLDED_WORDS - 76)];
    assert.equal(foldBody(blocks).rest, null);
  });

  test('the lead stops as soon as it reaches LEAD_WORDS', () => {
    const blocks = [p(LEAD_WORDS - 1), p(1), p(1), ...Array.from({ length: 5 }, () => p(40))];
    const { lead } = partsOf(foldBody(blocks));
    assert.deepEqual(lead, htmlOf(blocks.slice(0, 2)));
  });

  test('a heading that would end the lead moves to the folded part', () => {
    // 60 + 49 = 109 < 110; the heading brings the lead to 112, so the cut lands after it.
    const blocks = [p(60), p(49), h2(3), ...Array.from({ length: 6 }, () => p(40))];
    const body = foldBody(blocks);
    const { lead, rest } = partsOf(body);
    assert.deepEqual(lead, htmlOf(blocks.slice(0, 2)));
    assert.ok(rest[0]!.startsWith('<h2>'), 'the folded part opens with the heading');
    assertNothingLost(blocks, body);
  });

  test('several headings in a row all move with the text under them', () => {
    const blocks = [p(100), h2(4), h3(6), ...Array.from({ length: 6 }, () => p(40))];
    const body = foldBody(blocks);
    const { lead, rest } = partsOf(body);
    assert.deepEqual(lead, htmlOf(blocks.slice(0, 1)));
    assert.deepEqual(rest.slice(0, 2), htmlOf(blocks.slice(1, 3)));
    assertNothingLost(blocks, body);
  });

  test('a heading is never the last block of the lead, wherever the cut falls', () => {
    for (let headingAt = 1; headingAt < 8; headingAt += 1) {
      for (const size of [10, 25, 40, 55]) {
        const blocks = Array.from({ length: 14 }, (_, i) => (i === headingAt ? h2(4) : p(size)));
        const body = foldBody(blocks);
        assertNothingLost(blocks, body);
        if (body.rest !== null) {
          const { lead } = partsOf(body);
          assert.doesNotMatch(
            lead.at(-1)!,
            /^<h[2-6]>/,
            `heading at ${headingAt}, ${size}-word paragraphs`,
          );
        }
      }
    }
  });

  test('works on rendered Markdown: nothing lost, lead ends on a paragraph', () => {
    // "الفقرة n" plus `words - 2` more words.
    const paragraph = (n: number, words = 40) => `الفقرة ${n} ${'كلمة '.repeat(words - 2).trim()}.`;
    const markdown = [
      paragraph(1, 60),
      paragraph(2, 49), // 109 words: the 3-word heading is what reaches LEAD_WORDS

      '## الجيش: بغداد آمنة',
      ...Array.from({ length: 12 }, (_, i) => paragraph(i + 3)),
    ].join('\n\n');
    const blocks = renderBody(markdown, { markLatinRuns: true });
    assert.equal(blocks.length, 15);
    assert.deepEqual(
      blocks.slice(0, 3).map((b) => b.words),
      [60, 49, 3],
    );
    const body = foldBody(blocks);
    assert.notEqual(body.rest, null);
    assertNothingLost(blocks, body);
    assert.ok(body.lead.endsWith('</p>'));
    assert.ok(body.rest!.startsWith('<h2>الجيش: بغداد آمنة</h2>'));
    assert.equal(body.lead.split('\n').length, 2, 'the lead keeps the two paragraphs above it');
  });
});
