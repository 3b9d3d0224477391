import { z } from 'zod';
import { sections } from './sections';

const DATE_TIME_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when the string names a real calendar day and time (no 30 February, no hour 24). */
export function isRealDateTime(value: string): boolean {
  const match = DATE_TIME_WITH_OFFSET.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const dateTime = z.string({ error: 'must be a date-time string' }).refine(isRealDateTime, {
  error: 'must be a real date and time with an offset',
});

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

// Letters, marks and digits in hyphen-separated words: no `/`, `.`, `%` or spaces can reach a URL.
const SLUG = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;

export const frontMatterSchema = z
  .object({
    slug: z
      .string({ error: 'must be text' })
      .regex(SLUG, { error: 'must be words of letters or digits joined by hyphens' })
      .refine((slug) => slug === slug.normalize('NFC'), { error: 'must be in Unicode NFC form' }),
    title: text,
    summary: text,
    publishedAt: dateTime,
    updatedAt: dateTime.optional(),
    section: z.enum(sections, { error: `must be one of: ${sections.join(', ')}` }),
    tags: z.array(text, { error: 'must be a list of words' }).default([]),
    image: z
      .object({
        src: z
          .string({ error: 'must be text' })
          .regex(/^\/images\/[a-z0-9][a-z0-9/-]*\.(?:svg|png|jpe?g|webp)$/, {
            error: 'must be a path under /images/ in lowercase, e.g. /images/articles/name.svg',
          })
          .refine((src) => !src.includes('//'), { error: 'must not contain empty path segments' }),
        alt: text,
        caption: text,
        credit: text,
        width: z.number({ error: 'must be a number' }).int().min(1200, {
          error: 'must be at least 1200 (pixels)',
        }),
        height: z.number({ error: 'must be a number' }).int().positive(),
      })
      .strict()
      .optional(),
    sources: z
      .array(text, { error: 'must be a list' })
      .min(1, { error: 'must name at least one source' }),
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    withdrawn: z.boolean({ error: 'must be true or false' }).default(false),
    withdrawnReason: text.optional(),
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
