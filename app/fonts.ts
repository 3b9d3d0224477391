import localFont from 'next/font/local';

// IBM Plex Sans Arabic from @fontsource, split by script and cut at build to the characters of
// scripts/lib/font-subsets.ts (scripts/subset-fonts.ts writes .fonts/; the unicode-range values
// below are the same strings, held equal by a unit test). Both subsets are preloaded: every page
// uses both (dates and Latin names on Arabic pages, the language switch and site name on English
// ones), and with `display: optional` a face that is not preloaded misses its block period and
// the page keeps the fallback (docs/decisions/0006).
// The Arabic face comes first in the stack and carries no fallback of its own: a fallback such as
// Arial has Arabic glyphs and would otherwise shadow the Latin face's unicode-range.
export const arabicFont = localFont({
  src: [
    {
      path: '../.fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../.fonts/ibm-plex-sans-arabic-arabic-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-arabic',
  display: 'optional',
  fallback: [],
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+060C,U+061B,U+061F,U+0621-066D,U+0670,U+067E,U+0686,U+0698,U+06A4,U+06A9,U+06AF,U+06C0,U+06CC,U+200C-200F',
    },
  ],
});

export const latinFont = localFont({
  src: [
    {
      path: '../.fonts/ibm-plex-sans-arabic-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../.fonts/ibm-plex-sans-arabic-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-latin',
  display: 'optional',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+2039-203A,U+20AC,U+2122,U+2212',
    },
  ],
});
