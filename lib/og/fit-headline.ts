/**
 * Shortens a headline for an Open Graph card before layout, so the card never needs more lines
 * than it has room for. Pure: the character budget is chosen per font size (see og-card.tsx and
 * the test that renders the worst cases), this only cuts.
 */

export const ELLIPSIS = '…';

// Combining marks (Arabic harakat such as the shadda in أمنيّ) take no width of their own.
const MARK = /\p{M}/u;
// What a cut line may not end on before its ellipsis: separators and opening brackets or quotes.
const TRAILING = /[\s:;,.!?،؛؟\-–—(\[{«“‘"'/\\]+$/u;
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['(', ')'],
];

/**
 * Text as the cards draw it: composed (NFC), without non-spacing combining marks, so without
 * Arabic harakat (fatha, tanween, shadda, sukun…). satori 0.63.2 adds HarfBuzz's vertical mark
 * offsets with the wrong sign (`c+Y.dy*b` where SVG's downward y needs `c-Y.dy*b`), which drops
 * a tanween or damma under the letter or into the next line; unvowelled Arabic is the norm in
 * headlines and reads the same. Drop this once satori places marks correctly.
 */
export function cardText(text: string): string {
  return text.normalize('NFC').replace(/\p{Mn}/gu, '');
}

/** The width budget a text takes, in characters: code points that are not combining marks. */
export function headlineLength(text: string): number {
  let length = 0;
  for (const char of text) if (!MARK.test(char)) length += 1;
  return length;
}

const graphemes = (text: string) =>
  Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );

/** Closes quotes and brackets the cut left open, so the card does not show a dangling «. */
function closeOpenPairs(text: string): string {
  let closing = '';
  const straight = text.split('"').length - 1;
  if (straight % 2 === 1) closing += '"';
  for (const [open, close] of PAIRS) {
    const opened = text.split(open).length - text.split(close).length;
    if (opened > 0) closing += close.repeat(opened);
  }
  return closing;
}

/**
 * Returns `text` with white space collapsed if it fits in `maxChars`; otherwise the longest run of
 * whole words that fits together with a trailing "…", without punctuation dangling before the
 * ellipsis and with quotes or brackets it opened closed again. A single word longer than the
 * budget is cut between graphemes (never inside one).
 */
export function fitHeadline(text: string, maxChars: number): string {
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`maxChars must be an integer of at least 2, got ${maxChars}`);
  }
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (headlineLength(clean) <= maxChars) return clean;

  const words = clean.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    const candidate = next.replace(TRAILING, '');
    const finished = candidate + ELLIPSIS + closeOpenPairs(candidate);
    if (headlineLength(finished) > maxChars) break;
    kept = next;
  }
  kept = kept.replace(TRAILING, '');
  if (kept) return kept + ELLIPSIS + closeOpenPairs(kept);

  // One word longer than the whole budget: cut it between graphemes.
  let cut = '';
  for (const grapheme of graphemes(clean)) {
    if (headlineLength(cut + grapheme) + 1 > maxChars) break;
    cut += grapheme;
  }
  return cut.replace(TRAILING, '') + ELLIPSIS;
}
