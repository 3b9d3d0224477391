import type { Locale } from '@/i18n/routing';
import { localeDirection } from '@/i18n/routing';
import type { ContentProblem } from '@/lib/content/article';
import { renderBody } from '@/lib/content/markdown';
import { parseFrontMatterWith } from '@/lib/content/parse-article';
import type { LivePageMeta, LivePost } from './live-page';
import { livePageHints, livePageSchema, livePostHints, livePostSchema } from './live-schema';

interface Source {
  file: string;
  id: string;
  locale: Locale;
  text: string;
}

type Parsed<T> = { value: T; problems: [] } | { value: null; problems: ContentProblem[] };

const failed = (problems: ContentProblem[]) => ({ value: null, problems });

export function parseLivePage({ file, id, locale, text }: Source): Parsed<LivePageMeta> {
  const read = parseFrontMatterWith(livePageSchema, livePageHints, file, text);
  if (!read.frontMatter) return failed(read.problems);
  if (read.body.trim() !== '') {
    return failed([
      {
        file,
        field: 'body',
        message: 'has text below the front matter, which a live page does not show',
        hint: 'put the summary in "summary" and each update in its own file under posts/',
      },
    ]);
  }
  const { endedAt, image, ...rest } = read.frontMatter;
  return {
    value: { ...rest, id, locale, endedAt: endedAt ?? null, image: image ?? null, file },
    problems: [],
  };
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot));/gi, (_, dec, hex, name: string) =>
      dec || hex
        ? String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16))
        : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[
            name.toLowerCase()
          ]!,
    )
    .replace(/\s+/g, ' ')
    .trim();

export function parseLivePost({ file, id, locale, text }: Source): Parsed<LivePost> {
  const read = parseFrontMatterWith(livePostSchema, livePostHints, file, text);
  if (!read.frontMatter) return failed(read.problems);
  const blocks = renderBody(read.body, { markLatinRuns: localeDirection[locale] === 'rtl' });
  if (blocks.length === 0) {
    return failed([
      { file, field: 'body', message: 'is empty', hint: 'write the update below the front matter' },
    ]);
  }
  if (blocks.some((block) => /^h[12]$/.test(block.tagName))) {
    return failed([
      {
        file,
        field: 'body',
        message: 'uses a level-1 or level-2 heading (# or ##)',
        hint: 'give the post a "headline" in the front matter; use "### " inside the body',
      },
    ]);
  }
  const { updatedAt, headline, ...rest } = read.frontMatter;
  const html = blocks.map((block) => block.html).join('');
  return {
    value: {
      ...rest,
      id,
      locale,
      updatedAt: updatedAt ?? null,
      headline: headline ?? null,
      html,
      text: stripTags(html),
      file,
    },
    problems: [],
  };
}
