/**
 * A light English stemmer, in the spirit of Harman's S-stemmer with -ing and -ed: plurals and
 * tenses of a half-remembered headline meet (vote, votes, voted, voting), and no more than that.
 */
const MIN_STEM = 3;

function stripEnding(word: string): string {
  const fits = (suffix: string) => word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM;
  if (fits('ies')) return `${word.slice(0, -3)}y`;
  if (fits('es') && /(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (fits('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (!fits(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    // running → run, stopped → stop; but not fall, miss or buzz.
    return /([^aeiouslz])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  return word;
}

export function englishStem(word: string): string {
  const stem = stripEnding(word);
  return stem.endsWith('e') && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}
