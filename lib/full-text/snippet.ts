import { termsOf, type WordTerms } from './analyze';
import { tokenize, type Token } from './normalize';

export interface SnippetPart {
  text: string;
  /** A word the query matched, as written (diacritics and tatweel included). */
  mark: boolean;
}

/** About two lines of a result. */
const SNIPPET_CHARS = 220;
/** Words of context shown before the first match. */
const LEAD_WORDS = 6;

function matcher(words: readonly WordTerms[]) {
  const exact = new Set(words.map((word) => word.exact));
  const stems = new Set(words.flatMap((word) => word.stems));
  return (token: Token) => {
    if (exact.has(token.word)) return true;
    return termsOf(token.word).stems.some((stem) => stems.has(stem));
  };
}

/** The parts of text[start, end) with the matched tokens marked. */
function marked(text: string, tokens: Token[], matched: number[], start: number, end: number) {
  const parts: SnippetPart[] = [];
  let at = start;
  for (const i of matched) {
    const token = tokens[i]!;
    if (token.start < start || token.end > end) continue;
    if (token.start > at) parts.push({ text: text.slice(at, token.start), mark: false });
    parts.push({ text: text.slice(token.start, token.end), mark: true });
    at = token.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  return parts;
}

function matchesIn(text: string, words: readonly WordTerms[]) {
  const tokens = tokenize(text);
  const isMatch = matcher(words);
  return { tokens, matched: tokens.flatMap((token, i) => (isMatch(token) ? [i] : [])) };
}

/** The whole of a short text (a headline) with the query's words marked. */
export function markedText(text: string, words: readonly WordTerms[]): SnippetPart[] {
  const { tokens, matched } = matchesIn(text, words);
  return marked(text, tokens, matched, 0, text.length);
}

/**
 * A passage of `text` around the query's words, with each matched word marked where it stands in
 * the original (the tokenizer keeps original offsets, so a diacritic does not shift a mark); null
 * when no word matches. The window chosen is the one with the most matches.
 */
export function markedSnippet(text: string, words: readonly WordTerms[]): SnippetPart[] | null {
  const { tokens, matched } = matchesIn(text, words);
  if (matched.length === 0) return null;
  let best = { from: 0, count: 0 };
  for (const first of matched.slice(0, 50)) {
    const from = Math.max(0, first - LEAD_WORDS);
    const limit = tokens[from]!.start + SNIPPET_CHARS;
    const count = matched.filter((i) => i >= first && tokens[i]!.end <= limit).length;
    if (count > best.count) best = { from, count };
  }
  const start = best.from === 0 ? 0 : tokens[best.from]!.start;
  let last = best.from;
  while (last + 1 < tokens.length && tokens[last + 1]!.end - start <= SNIPPET_CHARS) last += 1;
  const end = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  return [
    ...(start > 0 ? [{ text: '… ', mark: false }] : []),
    ...marked(text, tokens, matched, start, end),
    ...(end < text.length ? [{ text: ' …', mark: false }] : []),
  ];
}
