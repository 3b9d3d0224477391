/**
 * Addresses from headlines, as an editor makes them: the headline's words joined by hyphens,
 * with the story's number at the end so that two stories with one headline never share an
 * address.
 */
const MAX_WORDS = 10;

function joined(words: string[], number: number): string {
  return [...words.slice(0, MAX_WORDS), String(number)].join('-');
}

/** Arabic: letters and digits only, without short vowels or shadda (they are not typed in URLs). */
export function arabicSlug(headline: string, number: number): string {
  const bare = headline.normalize('NFC').replace(/\p{M}/gu, '');
  return joined(bare.split(/[^\p{L}\p{N}]+/u).filter(Boolean), number);
}

/** English: lowercase Latin letters and digits ("Iraq's" gives "iraqs"). */
export function latinSlug(headline: string, number: number): string {
  const plain = headline.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '');
  return joined(plain.split(/[^a-z0-9]+/).filter(Boolean), number);
}
