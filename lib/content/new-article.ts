import { stringify } from 'yaml';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { PLACEHOLDER_BODY } from '@/lib/content/placeholder-body';
import { sections, type Section } from '@/lib/content/sections';

export interface NewArticleInput {
  id: string;
  locale: string;
  title: string;
  summary: string;
  section: string;
  slug?: string;
  tags?: string[];
  sources?: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Headline words joined by hyphens, without punctuation: "الكاظمي: تفجيرا بغداد" → "الكاظمي-تفجيرا-بغداد". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, ' ')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}

/** "2026-11-29T18:05:00+03:00": now, in the site's time zone, with its offset. */
export function nowWithOffset(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round(
    (Date.parse(`${local}Z`) - Math.floor(now.getTime() / 1000) * 1000) / 60000,
  );
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${offset}`;
}

/** What is wrong with the answers, one line each; empty when the file can be written. */
export function validateInput(input: NewArticleInput): string[] {
  const errors: string[] = [];
  if (!ID.test(input.id))
    errors.push('id: use lowercase Latin letters, digits and hyphens, e.g. mosul-library-reopens');
  if (!hasLocale(routing.locales, input.locale)) errors.push('locale: use ar or en');
  if (!input.title.trim()) errors.push('title: write the headline');
  if (!input.summary.trim()) errors.push('summary: write the standfirst');
  if (!(sections as readonly string[]).includes(input.section)) {
    errors.push(`section: use one of ${sections.join(', ')}`);
  }
  if (!slugFromTitle(input.slug ?? input.title))
    errors.push('slug: the headline has no letters to make a slug from');
  return errors;
}

const DEFAULT_SOURCE: Record<Locale, string> = { ar: 'الرواق', en: 'Al-Riwaq' };

/**
 * The Markdown file for a new article: front matter the schema accepts, and a placeholder body the
 * content check refuses until the editor replaces it.
 */
export function renderArticleFile(input: NewArticleInput, publishedAt: string): string {
  const locale = input.locale;
  if (!hasLocale(routing.locales, locale)) throw new RangeError(`Not a locale: ${locale}`);
  const frontMatter = {
    slug: slugFromTitle(input.slug ?? input.title),
    title: input.title.trim(),
    summary: input.summary.trim(),
    publishedAt,
    section: input.section as Section,
    tags: input.tags?.filter(Boolean) ?? [],
    sources: input.sources?.filter(Boolean).length ? input.sources : [DEFAULT_SOURCE[locale]],
  };
  const imageHelp =
    '# To add a picture, put it under public/images/articles/ and add:\n' +
    '# image:\n#   src: /images/articles/name.svg\n#   alt: "…"\n#   caption: "…"\n#   credit: "…"\n#   width: 1600\n#   height: 900\n';
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}${imageHelp}---\n\n${PLACEHOLDER_BODY[locale]}`;
}
