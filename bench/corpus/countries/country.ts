import type { Pair } from '../bank/types';

export interface Country {
  /** As it stands in a sentence ("the UAE"). */
  name: Pair;
  /** As a tag names it ("UAE"). */
  tag: Pair;
  /** The country's adjective with the article: Arabic masculine, Arabic feminine, English. */
  adjM: string;
  adjF: string;
  adjEn: string;
  /** The national news agency, named among a story's sources. */
  agency: Pair;
  cities: Pair[];
}

export const country = (
  name: Pair,
  [adjM, adjF, adjEn]: [string, string, string],
  agency: Pair,
  cities: Pair[],
): Country => ({
  name,
  tag: { ar: name.ar, en: name.en.replace(/^the /, '') },
  adjM,
  adjF,
  adjEn,
  agency,
  cities,
});
