/**
 * Queries for the search benchmark, made from headlines with a seeded generator: a few words of a
 * headline as they stand (latency), or a headline with one word left out and the others spelt
 * another way (relevance): a prefix added or taken off, hamza dropped, ة written ه.
 */
import type { Article } from '../../lib/content/article';

export const wordsOf = (title: string) =>
  title.split(/[\s،:؛«»"()]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Two to four consecutive words of the headline. */
export function headlineQuery(article: Article, next: () => number): string {
  const words = wordsOf(article.title);
  const length = Math.min(words.length, 2 + Math.floor(next() * 3));
  const start = Math.floor(next() * (words.length - length + 1));
  return words.slice(start, start + length).join(' ');
}

/** The word as a reader who half remembers it might type it. */
function respell(word: string, next: () => number): string {
  const article = word.startsWith('ال');
  const variants = [
    article ? word.slice(2) : null,
    article ? `و${word}` : null,
    article ? `ب${word}` : null,
    article ? null : `و${word}`,
    word.replace(/^([ا-ي]*?)[أإآ]/, '$1ا'),
    word.replace(/ة$/, 'ه'),
    word.replace(/ى$/, 'ي'),
  ].filter((variant): variant is string => variant !== null && variant !== word);
  return variants.length === 0 ? word : variants[Math.floor(next() * variants.length)]!;
}

/** The headline with one word left out, and each other word respelt half the time. */
export function relevanceQuery(
  article: Article,
  next: () => number,
  dropped = Math.floor(next() * wordsOf(article.title).length),
): string {
  const words = wordsOf(article.title);
  const kept = words.filter((_, i) => i !== dropped);
  let changed = false;
  const respelt = kept.map((word) => {
    if (next() >= 0.5 || !/\p{L}/u.test(word)) return word;
    changed = true;
    return respell(word, next);
  });
  if (!changed) {
    const first = respelt.findIndex((word) => /\p{L}/u.test(word));
    if (first >= 0) respelt[first] = respell(respelt[first]!, next);
  }
  return respelt.join(' ');
}
