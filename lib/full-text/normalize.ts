/**
 * Arabic and Latin text folded for matching, after the rules of Lucene's ArabicNormalizer: alef
 * forms to bare alef, alef maksura to yeh, teh marbuta to heh, hamza on waw or yeh to hamza,
 * tashkeel and tatweel removed, Arabic-Indic digits to Latin ones, Latin lower-cased.
 */
const FOLD: Record<string, string> = {
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'ء',
  ئ: 'ء',
};

/** Tashkeel (U+064B–U+065F), the superscript alef (U+0670) and tatweel (U+0640). */
const DROPPED = /[\u064B-\u065F\u0670\u0640]/;

function foldChar(char: string): string {
  if (DROPPED.test(char)) return '';
  const folded = FOLD[char];
  if (folded !== undefined) return folded;
  const code = char.codePointAt(0)!;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return char.toLowerCase();
}

/** A word of the text: its folded form and where it stands in the original. */
export interface Token {
  /** Folded (see above). */
  word: string;
  /** UTF-16 offsets in the original text: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Every story is tokenized when it is indexed, a regular expression and a fold per character: at
// 10,000 stories that was most of the analysis time. What each character of the Basic
// Multilingual Plane is, and folds to, is worked out once, on first sight.
const IS_WORD = 1;
const IS_DROPPED = 2;
const KNOWN = 4;
const CHAR_KIND = new Uint8Array(0x10000);
const CHAR_FOLD: string[] = [];

function kindOf(char: string): number {
  return KNOWN | (WORD_CHAR.test(char) ? IS_WORD : 0) | (DROPPED.test(char) ? IS_DROPPED : 0);
}

/**
 * The words of `text`, folded, with their original offsets: a diacritic or tatweel inside a word
 * belongs to it (so a mark put on text.slice(start, end) covers the whole written word).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = -1;
  let offset = 0;
  while (offset < text.length) {
    const code = text.codePointAt(offset)!;
    const size = code > 0xffff ? 2 : 1;
    let kind: number;
    let fold: string | undefined;
    if (size === 1) {
      kind = CHAR_KIND[code]!;
      if (kind === 0) {
        const char = text[offset]!;
        kind = CHAR_KIND[code] = kindOf(char);
        CHAR_FOLD[code] = foldChar(char);
      }
      fold = CHAR_FOLD[code];
    } else {
      kind = kindOf(String.fromCodePoint(code));
    }
    if (kind & IS_WORD || (start >= 0 && kind & IS_DROPPED)) {
      if (start < 0) start = offset;
      word += fold ?? foldChar(String.fromCodePoint(code));
    } else if (start >= 0) {
      if (word) tokens.push({ word, start, end: offset });
      word = '';
      start = -1;
    }
    offset += size;
  }
  if (start >= 0 && word) tokens.push({ word, start, end: offset });
  return tokens;
}

/** The folded form of a whole text, words joined by single spaces. */
export const normalize = (text: string): string =>
  tokenize(text)
    .map((token) => token.word)
    .join(' ');
