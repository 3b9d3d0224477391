import type { BodyBlock } from '@/lib/content/markdown';

export interface FoldedBody {
  /** HTML shown at first. */
  lead: string;
  /** HTML behind "continue reading", or null when the article is short enough to show whole. */
  rest: string | null;
}

// About a phone screen of text stays visible; folding only pays when a real amount remains.
const LEAD_WORDS = 110;
const MIN_FOLDED_WORDS = 150;

export function foldBody(blocks: readonly BodyBlock[]): FoldedBody {
  let leadWords = 0;
  let cut = 0;
  while (cut < blocks.length && leadWords < LEAD_WORDS) {
    leadWords += blocks[cut]!.words;
    cut += 1;
  }
  // A sub-heading belongs with the text under it, never at the end of the lead.
  while (cut > 1 && /^h[2-6]$/.test(blocks[cut - 1]!.tagName)) cut -= 1;
  const folded = blocks.slice(cut);
  const foldedWords = folded.reduce((sum, block) => sum + block.words, 0);
  const join = (part: readonly BodyBlock[]) => part.map((block) => block.html).join('\n');
  if (foldedWords < MIN_FOLDED_WORDS) return { lead: join(blocks), rest: null };
  return { lead: join(blocks.slice(0, cut)), rest: join(folded) };
}
