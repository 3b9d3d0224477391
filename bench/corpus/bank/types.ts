/**
 * One piece of text in both languages. A translated story uses the same entries in ar.md and
 * en.md, so its English file reads as a translation of its Arabic one.
 *
 * Text may hold slots, filled per story (bench/corpus/slots.ts): {city}, {country}, {adjM} and
 * {adjF} (the country's adjective, masculine and feminine in Arabic), {man}, {woman}, {weekday}
 * (the day the story was published), {pastYear}, {pct} (1.5 to 9.9), {share} (18 to 48) and
 * {hundreds} (100 to 900 in hundreds, so that Arabic counted nouns agree with any value).
 */
export interface Pair {
  ar: string;
  en: string;
}

/** A story's angle: its headline and the opening sentence that is also its summary. */
interface Angle {
  /** No {weekday} or {pastYear}: the headline makes the slug, which must not depend on dates. */
  headline: Pair;
  lead: Pair;
}

/** What stories of one section are written from. */
export interface SectionBank {
  angles: Angle[];
  headings: Pair[];
  sentences: Pair[];
  /** Tags of the section, the most used first. */
  topics: Pair[];
}
