import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const CONTENT_DIR = path.join(import.meta.dirname, '../../content/articles');

const frontMatter = z.object({
  slug: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  section: z.string(),
  tags: z.array(z.string()),
});

export interface StoryFile {
  locale: 'ar' | 'en';
  slug: string;
  title: string;
  section: string;
  tags: string[];
  /** Milliseconds since the epoch. */
  published: number;
}

/**
 * One locale's stories, newest first, read from content/articles/<id>/<locale>.md with a YAML
 * parser of the test's own. The site's loader and its sort are what listings are checked for,
 * so they cannot also be the oracle.
 */
export function storiesFromFiles(locale: 'ar' | 'en'): StoryFile[] {
  return readdirSync(CONTENT_DIR)
    .map((id) => path.join(CONTENT_DIR, id, `${locale}.md`))
    .filter((file) => readdirSync(path.dirname(file)).includes(`${locale}.md`))
    .map((file) => {
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))?.[1];
      if (yaml === undefined) throw new Error(`${file} has no front matter`);
      const { publishedAt, ...fields } = frontMatter.parse(parse(yaml));
      const published = Date.parse(publishedAt);
      if (Number.isNaN(published)) throw new Error(`${file}: publishedAt ${publishedAt}`);
      return { locale, ...fields, published };
    })
    .sort((a, b) => b.published - a.published);
}

export const pathOf = (story: StoryFile) =>
  `/${story.locale}/news/${encodeURIComponent(story.slug)}`;
