import { ARABIC_WORD, MIN_STEM, stripArticle, stripSuffixes } from './arabic-stem';
import { englishStem } from './english-stem';
import { tokenize } from './normalize';

/** What a folded word is indexed and searched as: itself, and its stems. */
export interface WordTerms {
  exact: string;
  /** Usually one; two for a word that may begin with the conjunction و. */
  stems: string[];
}

/**
 * وزارة is a word, وصل a word, and وقال is و + قال: a leading و cannot be told apart from the
 * letters alone. Both readings are kept as stems. Without the و, a suffix is stripped only when
 * it leaves more than the shortest stem (زاره stays زاره rather than becoming زار, "visited").
 */
function withoutWaw(word: string): string | null {
  if (!word.startsWith('و') || word.startsWith('وال') || word.length < 4) return null;
  const bare = stripArticle(word.slice(1));
  const stem = stripSuffixes(bare);
  return stem !== bare && stem.length <= MIN_STEM ? bare : stem;
}

export function termsOf(word: string): WordTerms {
  if (ARABIC_WORD.test(word)) {
    const stem = stripSuffixes(stripArticle(word));
    const other = withoutWaw(word);
    return { exact: word, stems: other && other !== stem ? [stem, other] : [stem] };
  }
  return { exact: word, stems: [/^[a-z]+$/.test(word) ? englishStem(word) : word] };
}

/** A field of a document, analysed: space-separated terms, as the FTS5 columns hold them. */
export interface FieldTerms {
  exact: string;
  stem: string;
}

export function analyzeField(text: string): FieldTerms {
  const exact: string[] = [];
  const stem: string[] = [];
  for (const { word } of tokenize(text)) {
    const terms = termsOf(word);
    exact.push(terms.exact);
    stem.push(...terms.stems);
  }
  return { exact: exact.join(' '), stem: stem.join(' ') };
}
