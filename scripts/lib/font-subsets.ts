/**
 * The characters each web font keeps after subsetting (scripts/subset-fonts.ts), as CSS
 * unicode-range values. app/fonts.ts declares the same strings (a unit test holds them equal) so
 * the browser asks a face only for what it has and falls back per character for the rest.
 *
 * The sets are fixed rather than read from the content: stories publish without a build, so the
 * fonts must already cover whatever an editor writes in Arabic or English. A rarer character
 * (Urdu letters, presentation forms typed directly, symbols) falls back to the system face.
 */
export interface FontSubset {
  /** The @fontsource file name part: ibm-plex-sans-arabic-<script>-<weight>-normal.woff2 */
  script: 'arabic' | 'latin';
  unicodeRange: string;
}

export const ARABIC_UNICODE_RANGE =
  // Arabic punctuation, letters, tashkeel, tatweel, Arabic-Indic digits, superscript alef; the
  // Persian letters Arabic newsrooms use for foreign names (پ چ ژ ڤ گ ک ی ۀ); joiners and marks.
  'U+060C,U+061B,U+061F,U+0621-066D,U+0670,U+067E,U+0686,U+0698,U+06A4,U+06A9,U+06AF,U+06C0,U+06CC,U+200C-200F';

export const LATIN_UNICODE_RANGE =
  // ASCII and Latin-1 (accented names, « » and ·), and the typographic punctuation of English text.
  'U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+2039-203A,U+20AC,U+2122,U+2212';

export const FONT_SUBSETS: readonly FontSubset[] = [
  { script: 'arabic', unicodeRange: ARABIC_UNICODE_RANGE },
  { script: 'latin', unicodeRange: LATIN_UNICODE_RANGE },
];

/** Every character a unicode-range value names, as one string. */
export function charactersOf(unicodeRange: string): string {
  let characters = '';
  for (const part of unicodeRange.split(',')) {
    const match = /^U\+([0-9A-F]{4,6})(?:-([0-9A-F]{4,6}))?$/i.exec(part.trim());
    if (!match?.[1]) throw new Error(`not a unicode-range part: "${part}"`);
    const first = parseInt(match[1], 16);
    const last = match[2] ? parseInt(match[2], 16) : first;
    if (last < first) throw new Error(`unicode-range part runs backwards: "${part}"`);
    for (let codePoint = first; codePoint <= last; codePoint += 1) {
      characters += String.fromCodePoint(codePoint);
    }
  }
  return characters;
}
