/**
 * Characters a reader cannot see. In a headline or a listing they can make text read as other
 * text (bidi controls), or make two tags or addresses that look the same differ (joiners).
 */

/** Embeddings, overrides and isolates: each reorders the text around it. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Everything Unicode says draws nothing: joiners, marks of direction, bidi controls, fillers. */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

// Unicode names of the invisible characters editors paste by accident; Node has no name table.
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+064B" */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE", or the code point alone for a character without a name here. */
export function describeCharacter(character: string): string {
  const name = NAMES[character.codePointAt(0)!];
  return name ? `${codePointOf(character)} ${name}` : codePointOf(character);
}

/** The first character matching the pattern and its place, counted in characters from 1. */
export function findCharacter(
  text: string,
  pattern: RegExp,
): { character: string; position: number } | null {
  const characters = [...text];
  const index = characters.findIndex((character) => pattern.test(character));
  return index === -1 ? null : { character: characters[index]!, position: index + 1 };
}
