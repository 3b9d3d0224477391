/**
 * A light stemmer for folded Arabic words (see normalize.ts), after Larkey's light10 as Lucene's
 * ArabicStemmer has it: one definite-article prefix, then suffixes in a fixed order. Two changes:
 * a bare و (and) is never stripped here, since it begins as many words as it joins (وزارة, وصل);
 * `waw` in analyze.ts indexes both readings instead. And a suffix leaves at least three letters
 * (light10 leaves two), so مصير and مصر, or وزارة and زار, never meet.
 */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل'];
/** ة and ية are folded to ه and يه before stemming, so they need no entry of their own. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** Letters a prefix must leave (light10's guard). */
const MIN_AFTER_PREFIX = 2;
/** Letters a suffix must leave. */
export const MIN_STEM = 3;

export const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

export function stripArticle(word: string): string {
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length >= prefix.length + MIN_AFTER_PREFIX) {
      return word.slice(prefix.length);
    }
  }
  return word;
}

export function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length >= suffix.length + MIN_STEM) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

export const arabicStem = (word: string): string => stripSuffixes(stripArticle(word));
