import type Database from 'better-sqlite3';
import type { Locale } from '@/i18n/routing';
import type { Article } from './article';

/** A story as the sitemaps need it: enough to name its URL and say when it last changed. */
export type StoryRef = Pick<Article, 'id' | 'locale' | 'slug' | 'publishedAt' | 'updatedAt'>;

export interface TagSummary {
  tag: string;
  slug: string;
  count: number;
}

/** What the index remembers of a folder, to tell on the next look whether it changed. */
export interface FolderRecord {
  /** The folder's own modification time: it moves when a file is added, removed or renamed. */
  dirTime: number;
  /** Names, sizes and modification times of its files, as JSON [[name, size, mtime], …]. */
  signature: string;
  /** The latest modification time among the folder and its files. */
  newest: number;
  /** Reread on every refresh while true, since the fix may be elsewhere (an image added later). */
  hasProblems: boolean;
}

const NEWEST_FIRST = 'ORDER BY published DESC, id';
const PUBLIC = 'listed = 1 AND published <= @now';

/**
 * The parsed stories of a page of `rows` (a SELECT of file, published and id, ordered and limited):
 * the rows are read from an index alone, so skipping to page 2,000 reads no story it skips.
 */
const storiesOf = (rows: string) =>
  `SELECT d.data FROM (${rows}) p JOIN story_data d ON d.file = p.file
   ORDER BY p.published DESC, p.id`;

export type Row = { data: string };
export const toArticle = (row: Row): Article => JSON.parse(row.data) as Article;

interface StoryRow {
  id: string;
  /** The index holds only stories that passed the schema, so a row's locale is one of ours. */
  locale: Locale;
  slug: string;
  published_at: string;
  updated_at: string | null;
}

export const toRef = (row: StoryRow): StoryRef => ({
  id: row.id,
  locale: row.locale,
  slug: row.slug,
  publishedAt: row.published_at,
  updatedAt: row.updated_at,
});

/** Every statement the index runs, prepared once per open file. */
export function prepareStatements(db: Database.Database) {
  return {
    folders: db.prepare<
      [],
      { id: string; dirTime: number; signature: string; newest: number; hp: number }
    >('SELECT id, dir_time AS dirTime, signature, newest, has_problems AS hp FROM folders'),
    putFolder: db.prepare(
      'INSERT OR REPLACE INTO folders VALUES (@id, @dirTime, @signature, @newest, @hasProblems)',
    ),
    dropFolder: db.prepare('DELETE FROM folders WHERE id = ?'),
    storyFile: db.prepare<[string], Row>('SELECT data FROM story_data WHERE file = ?'),
    filesOf: db.prepare<[string], { file: string }>('SELECT file FROM stories WHERE id = ?'),
    putStory: db.prepare(
      `INSERT OR REPLACE INTO stories VALUES (@file, @id, @locale, @slug, @section, @published,
       @listed, @publishedAt, @updatedAt)`,
    ),
    putData: db.prepare('INSERT OR REPLACE INTO story_data VALUES (@file, @data)'),
    dropStory: db.prepare('DELETE FROM stories WHERE file = ?'),
    dropData: db.prepare('DELETE FROM story_data WHERE file = ?'),
    putTag: db.prepare(
      'INSERT OR REPLACE INTO story_tags VALUES (@file, @locale, @slug, @tag, @listed, @published, @id)',
    ),
    dropTags: db.prepare('DELETE FROM story_tags WHERE file = ?'),
    slugOwner: db.prepare<[string, string, string], { file: string }>(
      'SELECT file FROM stories WHERE locale = ? AND slug = ? AND file <> ? LIMIT 1',
    ),
    bySlug: db.prepare<[string, string], Row>(
      `SELECT d.data FROM stories s JOIN story_data d ON d.file = s.file
       WHERE s.locale = ? AND s.slug = ? LIMIT 1`,
    ),
    byId: db.prepare<[string], Row>(
      'SELECT d.data FROM stories s JOIN story_data d ON d.file = s.file WHERE s.id = ?',
    ),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM stories'),
    storyCount: db.prepare<[], { n: number }>('SELECT count(DISTINCT id) AS n FROM stories'),
    latest: db.prepare<{ locale: string; now: number; limit: number; offset: number }, Row>(
      storiesOf(`SELECT file, published, id FROM stories WHERE locale = @locale AND ${PUBLIC}
       ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`),
    ),
    section: db.prepare<
      { locale: string; section: string; now: number; limit: number; offset: number },
      Row
    >(
      storiesOf(`SELECT file, published, id FROM stories
       WHERE locale = @locale AND section = @section AND ${PUBLIC}
       ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`),
    ),
    sectionCount: db.prepare<{ locale: string; section: string; now: number }, { n: number }>(
      `SELECT count(*) AS n FROM stories WHERE locale = @locale AND section = @section AND ${PUBLIC}`,
    ),
    tag: db.prepare<
      { locale: string; slug: string; now: number; limit: number; offset: number },
      Row
    >(
      storiesOf(`SELECT file, published, id FROM story_tags
       WHERE locale = @locale AND slug = @slug AND ${PUBLIC}
       ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`),
    ),
    tagCount: db.prepare<{ locale: string; slug: string; now: number }, { n: number }>(
      `SELECT count(*) AS n FROM story_tags
       WHERE locale = @locale AND slug = @slug AND ${PUBLIC}`,
    ),
    tagName: db.prepare<{ locale: string; slug: string; now: number }, { tag: string }>(
      `SELECT tag FROM story_tags
       WHERE locale = @locale AND slug = @slug AND ${PUBLIC} ${NEWEST_FIRST} LIMIT 1`,
    ),
    topTags: db.prepare<{ locale: string; now: number; limit: number }, TagSummary>(
      `SELECT max(tag) AS tag, slug, count(*) AS count FROM story_tags
       WHERE locale = @locale AND ${PUBLIC}
       GROUP BY slug ORDER BY count DESC, slug LIMIT @limit`,
    ),
    everywhereCount: db.prepare<{ now: number }, { n: number }>(
      `SELECT count(*) AS n FROM stories WHERE ${PUBLIC}`,
    ),
    everywhere: db.prepare<{ now: number; limit: number; offset: number }, StoryRow>(
      `SELECT id, locale, slug, published_at, updated_at FROM stories WHERE ${PUBLIC}
       ORDER BY published, file LIMIT @limit OFFSET @offset`,
    ),
    refsOf: db.prepare<{ now: number; ids: string }, StoryRow>(
      `SELECT id, locale, slug, published_at, updated_at FROM stories
       WHERE id IN (SELECT value FROM json_each(@ids)) AND ${PUBLIC}`,
    ),
    since: db.prepare<{ now: number; since: number }, Row>(
      storiesOf(`SELECT file, published, id FROM stories
       WHERE ${PUBLIC} AND published >= @since`),
    ),
    lastDue: db.prepare<{ now: number }, { t: number | null }>(
      'SELECT max(published) AS t FROM stories WHERE published <= @now',
    ),
    ahead: db.prepare<{ now: number }, { t: number }>(
      'SELECT published AS t FROM stories WHERE published > @now ORDER BY published',
    ),
  };
}

/** The query for related stories with `tagCount` tags: the section's list and each tag's, each cut at the limit. */
export function relatedQuery(tagCount: number): string {
  const branches = [
    `SELECT file, published, id FROM (SELECT file, published, id FROM stories
      WHERE locale = @locale AND section = @section AND ${PUBLIC} AND file <> @file
      ${NEWEST_FIRST} LIMIT @limit)`,
    ...Array.from(
      { length: tagCount },
      (_, i) => `SELECT file, published, id FROM (SELECT file, published, id FROM story_tags
        WHERE locale = @locale AND slug = @tag${i} AND ${PUBLIC} AND file <> @file
        ${NEWEST_FIRST} LIMIT @limit)`,
    ),
  ];
  return `${storiesOf(branches.join(' UNION '))} LIMIT @limit`;
}
