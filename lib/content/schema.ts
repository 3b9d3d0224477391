import { z } from 'zod';
import { parseDateTime } from '@/lib/dates/date-time';
import {
  BIDI_CONTROL,
  codePointOf,
  describeCharacter,
  findCharacter,
  INVISIBLE,
} from './invisible-characters';
import { sections } from './sections';
import { tagSlug } from './tags';

/** True when the string names a real calendar day and time (no 30 February, no hour 24). */
export function isRealDateTime(value: string): boolean {
  return parseDateTime(value) !== null;
}

export const dateTime = z.string({ error: 'must be a date-time string' }).refine(isRealDateTime, {
  error: 'must be a real date and time with an offset',
});

/** Why a value is refused, with a fix of its own when the field's general hint does not fit. */
type Refusal = { message: string; hint?: string } | null;
type Rule = (value: string) => Refusal;

/** Reports the first rule the value breaks, so one mistake gives one line. */
function firstRefusal(...rules: Rule[]) {
  return (value: string, ctx: z.RefinementCtx) => {
    for (const rule of rules) {
      const refusal = rule(value);
      if (refusal) {
        ctx.addIssue({ code: 'custom', message: refusal.message, params: { hint: refusal.hint } });
        return;
      }
    }
  };
}

const lengthOf = (value: string) => [...value].length;

const atMost =
  (max: number): Rule =>
  (value) =>
    lengthOf(value) <= max
      ? null
      : {
          message: `is ${lengthOf(value)} characters long, over the ${max}-character limit`,
          hint: `shorten it to ${max} characters or fewer`,
        };

function refuseCharacter(pattern: RegExp): Rule {
  return (value) => {
    const found = findCharacter(value, pattern);
    if (!found) return null;
    const effect = BIDI_CONTROL.test(found.character)
      ? 'an invisible control that changes the order in which the text around it is shown'
      : 'an invisible character that makes this text differ from the same text typed again';
    return {
      message: `contains ${describeCharacter(found.character)} (character ${found.position}), ${effect}`,
      hint: `delete the invisible character at position ${found.position}, e.g. by retyping the words around it`,
    };
  };
}

const noBidiControl = refuseCharacter(BIDI_CONTROL);
const noInvisible = refuseCharacter(INVISIBLE);

/** Diacritics alone draw no letter: an address or tag made of them shows as nothing. */
const lettered =
  (wordsOf: (value: string) => string[], subject: string): Rule =>
  (value) => {
    const blank = wordsOf(value).find((word) => !/[\p{L}\p{N}]/u.test(word));
    return blank === undefined
      ? null
      : {
          message: `${subject} no letter or digit, only ${[...blank].map(codePointOf).join(' ')}, so readers see no word there`,
          hint: 'write it with letters; diacritics go on a letter',
        };
  };

const matches =
  (pattern: RegExp, message: string): Rule =>
  (value) =>
    pattern.test(value) ? null : { message };

const nfc = (value: string) => value.normalize('NFC');

const filled = (normalise: (value: string) => string) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .overwrite(normalise)
    .min(1, { error: 'must not be empty' });

/** Display text: composed (NFC), at most `max` characters, and never reordered by bidi controls. */
export const text = (max: number) =>
  filled(nfc).superRefine(firstRefusal(noBidiControl, atMost(max)));

// Letters, marks and digits in hyphen-separated words: no `/`, `.`, `%` or spaces can reach a URL.
const SLUG = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;

export const slug = z.string({ error: 'must be text' }).superRefine(
  firstRefusal(
    noInvisible,
    matches(SLUG, 'must be words of letters or digits joined by hyphens'),
    lettered((value) => value.split('-'), 'has a word with'),
    (value) => (value === nfc(value) ? null : { message: 'must be in Unicode NFC form' }),
    atMost(150),
  ),
);

/** A tag names a tag page: spaces are folded so that one tag, however typed, is one page. */
export const tag = filled((value) => nfc(value).replace(/\s+/g, ' ')).superRefine(
  firstRefusal(
    noInvisible,
    lettered((value) => [value], 'has'),
    atMost(50),
  ),
);

/** A story listed once per tag: the same tag twice, however typed, is refused. */
export function noRepeatedTags(tags: string[], ctx: z.RefinementCtx) {
  const first = new Map<string, number>();
  tags.forEach((value, index) => {
    const earlier = first.get(tagSlug(value));
    if (earlier === undefined) {
      first.set(tagSlug(value), index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [index],
      message: `repeats the tag "${value}", already given as tags.${earlier}`,
      params: { hint: 'give each tag once; tags that look the same are the same tag' },
    });
  });
}

export const imageSchema = z
  .object({
    src: z
      .string({ error: 'must be text' })
      .regex(/^\/images\/[a-z0-9][a-z0-9/-]*\.(?:svg|png|jpe?g|webp)$/, {
        error: 'must be a path under /images/ in lowercase, e.g. /images/articles/name.svg',
      })
      .refine((src) => !src.includes('//'), { error: 'must not contain empty path segments' }),
    alt: text(250),
    caption: text(300),
    credit: text(100),
    width: z.number({ error: 'must be a number' }).int().min(1200, {
      error: 'must be at least 1200 (pixels)',
    }),
    height: z.number({ error: 'must be a number' }).int().positive(),
  })
  .strict();

export const frontMatterSchema = z
  .object({
    slug,
    title: text(150),
    summary: text(400),
    publishedAt: dateTime,
    updatedAt: dateTime.optional(),
    section: z.enum(sections, { error: `must be one of: ${sections.join(', ')}` }),
    tags: z
      .array(tag, { error: 'must be a list of words' })
      .superRefine(noRepeatedTags)
      .default([]),
    image: imageSchema.optional(),
    sources: z
      .array(text(200), { error: 'must be a list' })
      .min(1, { error: 'must name at least one source' }),
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    withdrawn: z.boolean({ error: 'must be true or false' }).default(false),
    withdrawnReason: text(300).optional(),
  })
  .strict()
  .refine(({ withdrawn, withdrawnReason }) => !withdrawn || withdrawnReason !== undefined, {
    path: ['withdrawnReason'],
    error: 'must say why the story was withdrawn',
  })
  .refine(({ withdrawn, withdrawnReason }) => withdrawn || withdrawnReason === undefined, {
    path: ['withdrawn'],
    error: 'must be true when withdrawnReason is given',
  })
  .refine(
    ({ publishedAt, updatedAt }) =>
      !updatedAt ||
      !isRealDateTime(publishedAt) ||
      !isRealDateTime(updatedAt) ||
      Date.parse(updatedAt) >= Date.parse(publishedAt),
    {
      path: ['updatedAt'],
      error: 'must not be earlier than publishedAt',
    },
  );

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** What an editor should do about a field, shown beside the schema's message. */
export const fieldHints: Record<string, string> = {
  slug: 'use the words of the headline joined by hyphens, e.g. الكاظمي-تفجيرا-بغداد',
  title: 'write the headline as it should appear on the page',
  summary: 'write the one- or two-sentence standfirst shown under the headline',
  publishedAt: 'write an ISO 8601 date-time with offset, e.g. 2021-01-22T11:40:00+03:00',
  updatedAt: 'write an ISO 8601 date-time with offset, or remove the field',
  section: 'pick one of the section keys listed in lib/content/sections.ts',
  tags: 'write a YAML list, one tag per line starting with "- "',
  image: 'give src, alt, caption, credit, width and height',
  sources: 'write a YAML list, e.g. "- وكالات"',
  draft: 'write "draft: true" to keep the story unpublished, or remove the field',
  withdrawn: 'write "withdrawn: true" and a withdrawnReason to take the story down',
  withdrawnReason: 'write one sentence for readers on why the story was withdrawn',
};
