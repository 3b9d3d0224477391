import { termsOf, type WordTerms } from './analyze';
import { tokenize } from './normalize';

/** Longer queries are cut (and the page says so): no one half-remembers more than this. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 10;

export interface ParsedQuery {
  /** The query as it is kept in the search box: controls gone, spaces collapsed, cut to size. */
  text: string;
  words: WordTerms[];
  /** True when the query was cut to MAX_QUERY_CHARS or MAX_QUERY_WORDS. */
  cut: boolean;
}

/**
 * Words so common that they tell no story from another (folded, as normalize.ts writes them):
 * left out of a query that has other words, which also spares bm25 a pass over every story.
 */
const STOPWORDS = new Set(
  (
    'في من على الى عن مع ان او ثم ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين بعد قبل عند ' +
    'حتى كل بين منذ خلال the a an of in on to for and or is are was were at by with from as'
  ).split(' '),
);

/** Bidi controls, zero-width and other format characters, and control characters. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

export function parseQuery(raw: string): ParsedQuery {
  const cleaned = raw.replace(INVISIBLE, ' ').normalize('NFKC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(cleaned);
  let cut = chars.length > MAX_QUERY_CHARS;
  const text = cut ? chars.slice(0, MAX_QUERY_CHARS).join('').trim() : cleaned;
  const seen = new Set<string>();
  const words: WordTerms[] = [];
  for (const { word } of tokenize(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (words.length === MAX_QUERY_WORDS) {
      cut = true;
      break;
    }
    words.push(termsOf(word));
  }
  const telling = words.filter(
    ({ exact }) =>
      !STOPWORDS.has(exact) && !(exact.startsWith('و') && STOPWORDS.has(exact.slice(1))),
  );
  return { text, words: telling.length > 0 ? telling : words, cut };
}

/** `all`: every word of the query must match; `any`: one is enough (bm25 favours more). */
export type MatchMode = 'all' | 'any';

/** FTS5 takes double quotes inside a string doubled; the terms are letters and digits anyway. */
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * The FTS5 expression for a parsed query: every word must match, as written (exact columns) or
 * by a stem (stem columns). Nothing from the reader reaches FTS5 unquoted, so quotes, operators
 * and brackets in a query are plain characters, never syntax.
 */
export function matchExpression(words: readonly WordTerms[], mode: MatchMode = 'all'): string {
  return words
    .map(
      ({ exact, stems }) =>
        `({title_exact summary_exact body_exact} : ${quoted(exact)} OR ` +
        `{title_stem summary_stem body_stem} : (${stems.map(quoted).join(' OR ')}))`,
    )
    .join(mode === 'all' ? ' AND ' : ' OR ');
}
