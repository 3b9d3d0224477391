import type { Pair } from './bank/types';
import type { Country } from './places';
import { men, women } from './people';
import { between, pick, type Random } from './random';

/** Where a story happens: the same in every sentence of it. */
export interface Setting {
  country: Country;
  city: Pair;
  /** 0 for Sunday: the day the story came out, which its sentences call "{weekday}". */
  weekday: number;
  year: number;
}

const WEEKDAYS: Pair[] = [
  { ar: 'الأحد', en: 'Sunday' },
  { ar: 'الاثنين', en: 'Monday' },
  { ar: 'الثلاثاء', en: 'Tuesday' },
  { ar: 'الأربعاء', en: 'Wednesday' },
  { ar: 'الخميس', en: 'Thursday' },
  { ar: 'الجمعة', en: 'Friday' },
  { ar: 'السبت', en: 'Saturday' },
];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function replaceSlots(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown slot {${name}} in: ${text}`);
    return value;
  });
}

/**
 * Fills the slots of one piece of text (a headline with its lead, or a sentence). Numbers and
 * the people quoted are drawn here, once for both languages, and always all of them, so that how
 * much randomness a story uses never depends on which slots its sentences happen to have; each
 * sentence quotes its own people, so a story never has one man as its critic and its bystander.
 */
export function fill(random: Random, setting: Setting, ...texts: Pair[]): Pair[] {
  const pct = (between(random, 15, 99) / 10).toFixed(1);
  const share = String(between(random, 18, 48));
  const hundreds = String(between(random, 1, 9) * 100);
  const pastYear = String(setting.year - between(random, 3, 15));
  const man = pick(random, men);
  const woman = pick(random, women);
  const weekday = WEEKDAYS[setting.weekday]!;
  const { city, country } = setting;
  // Written out rather than spread from a shared object: this runs for every sentence of every
  // story, and an object spread here took most of the time of writing a corpus.
  const ar = {
    pct,
    share,
    hundreds,
    pastYear,
    city: city.ar,
    country: country.name.ar,
    adjM: country.adjM,
    adjF: country.adjF,
    man: man.ar,
    woman: woman.ar,
    weekday: weekday.ar,
  };
  const en = {
    pct,
    share,
    hundreds,
    pastYear,
    city: city.en,
    country: country.name.en,
    adjEn: country.adjEn,
    man: man.en,
    woman: woman.en,
    weekday: weekday.en,
  };
  return texts.map((text) => ({
    ar: replaceSlots(text.ar, ar),
    en: capitalised(replaceSlots(text.en, en)),
  }));
}
