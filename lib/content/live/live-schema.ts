import { z } from 'zod';
import {
  dateTime,
  imageSchema,
  isRealDateTime,
  noRepeatedTags,
  slug,
  tag,
  text,
} from '@/lib/content/schema';
import { sections } from '@/lib/content/sections';

const flag = z.boolean({ error: 'must be true or false' }).default(false);

/** The page file of a live folder (`ar.md`, `en.md`): what the coverage is and where it stands. */
export const livePageSchema = z
  .object({
    slug,
    title: text(150),
    summary: text(400),
    section: z.enum(sections, { error: `must be one of: ${sections.join(', ')}` }),
    tags: z
      .array(tag, { error: 'must be a list of words' })
      .superRefine(noRepeatedTags)
      .default([]),
    status: z.enum(['live', 'ended'], { error: 'must be live or ended' }),
    startedAt: dateTime,
    endedAt: dateTime.optional(),
    keyPoints: z
      .array(text(300), { error: 'must be a list' })
      .min(1, { error: 'must give at least one key point' })
      .max(8, { error: 'must give at most 8 key points' }),
    image: imageSchema.optional(),
    sources: z.array(text(200), { error: 'must be a list' }).default([]),
    draft: flag,
  })
  .strict()
  .refine(({ status, endedAt }) => status === 'live' || endedAt !== undefined, {
    path: ['endedAt'],
    error: 'must say when coverage ended, since status is ended',
  })
  .refine(({ status, endedAt }) => status === 'ended' || endedAt === undefined, {
    path: ['status'],
    error: 'must be ended when endedAt is given',
  })
  .refine(
    ({ startedAt, endedAt }) =>
      !endedAt ||
      !isRealDateTime(startedAt) ||
      !isRealDateTime(endedAt) ||
      Date.parse(endedAt) >= Date.parse(startedAt),
    { path: ['endedAt'], error: 'must not be earlier than startedAt' },
  );

export type LivePageFrontMatter = z.infer<typeof livePageSchema>;

export const livePageHints: Record<string, string> = {
  slug: 'use the words of the headline joined by hyphens, e.g. افتتاح-المتحف-المصري-الكبير',
  title: 'write the headline of the coverage, without "Live:" (the badge says it)',
  summary: 'write the one- or two-sentence summary of what is known',
  section: 'pick one of the section keys listed in lib/content/sections.ts',
  tags: 'write a YAML list, one tag per line starting with "- "',
  status: 'write "status: live" while covering, "status: ended" with endedAt after',
  startedAt: 'write an ISO 8601 date-time with offset, e.g. 2025-11-01T15:00:00+02:00',
  endedAt: 'write an ISO 8601 date-time with offset, or remove it while the coverage is live',
  keyPoints: 'write a YAML list of one to eight short sentences, one per line starting with "- "',
  image: 'give src, alt, caption, credit, width and height',
  sources: 'write a YAML list, e.g. "- وكالات"',
  draft: 'write "draft: true" to keep the page unpublished, or remove the field',
};

/** One post file, `posts/<id>.<locale>.md`: front matter, then the Markdown body. */
export const livePostSchema = z
  .object({
    publishedAt: dateTime,
    updatedAt: dateTime.optional(),
    headline: text(150).optional(),
    pinned: flag,
    keyEvent: flag,
  })
  .strict()
  .refine(({ keyEvent, headline }) => !keyEvent || headline !== undefined, {
    path: ['headline'],
    error: 'must be given for a key event, which is listed by its headline',
  });

export type LivePostFrontMatter = z.infer<typeof livePostSchema>;

export const livePostHints: Record<string, string> = {
  publishedAt: 'write an ISO 8601 date-time with offset, e.g. 2025-11-01T19:25:00+02:00',
  updatedAt: 'write an ISO 8601 date-time with offset, or remove the field',
  headline: 'write a short headline for the post, or remove the field',
  pinned: 'write "pinned: true" on the one post to keep on top, or remove the field',
  keyEvent: 'write "keyEvent: true" to list the post among the key events, or remove the field',
};
