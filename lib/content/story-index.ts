import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Locale } from '@/i18n/routing';
import { SEARCH_SCHEMA, SearchTables } from '@/lib/search/search-tables';
import { analyzeStory, type StoryTerms } from '@/lib/search/story-terms';
import type { Article } from './article';
import type { Section } from './sections';
import { tagSlug } from './tags';

/** Bumped whenever the tables or what a row holds change: an older file is rebuilt. */
const SCHEMA_VERSION = 4;

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

/** A story as the sitemaps need it: enough to name its URL and say when it last changed. */
export type StoryRef = Pick<Article, 'id' | 'locale' | 'slug' | 'publishedAt' | 'updatedAt'>;

export interface TagSummary {
  tag: string;
  slug: string;
  count: number;
}

const SCHEMA = `
  CREATE TABLE folders (
    id TEXT PRIMARY KEY,
    dir_time REAL NOT NULL,
    signature TEXT NOT NULL,
    newest REAL NOT NULL,
    has_problems INTEGER NOT NULL
  ) WITHOUT ROWID;
  -- listed: neither a draft nor withdrawn; such a story is public once its time has come.
  CREATE TABLE stories (
    file TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    locale TEXT NOT NULL,
    slug TEXT NOT NULL,
    section TEXT NOT NULL,
    published INTEGER NOT NULL,
    listed INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    updated_at TEXT
  ) WITHOUT ROWID;
  -- Apart from the rows lists scan: a parsed story is kilobytes, and only shown stories need it.
  CREATE TABLE story_data (file TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE INDEX stories_by_slug ON stories (locale, slug);
  CREATE INDEX stories_by_id ON stories (id);
  CREATE INDEX stories_latest ON stories (locale, listed, published DESC, id);
  CREATE INDEX stories_in_section ON stories (locale, section, listed, published DESC, id);
  CREATE INDEX stories_everywhere ON stories (listed, published, file);
  CREATE TABLE story_tags (
    file TEXT NOT NULL,
    locale TEXT NOT NULL,
    slug TEXT NOT NULL,
    tag TEXT NOT NULL,
    listed INTEGER NOT NULL,
    published INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (file, slug)
  ) WITHOUT ROWID;
  CREATE INDEX story_tags_listing ON story_tags (locale, slug, listed, published DESC, id);
  ${SEARCH_SCHEMA}
`;

const NEWEST_FIRST = 'ORDER BY published DESC, id';
const PUBLIC = 'listed = 1 AND published <= @now';

/**
 * The parsed stories of a page of `rows` (a SELECT of file, published and id, ordered and limited):
 * the rows are read from an index alone, so skipping to page 2,000 reads no story it skips.
 */
const storiesOf = (rows: string) =>
  `SELECT d.data FROM (${rows}) p JOIN story_data d ON d.file = p.file
   ORDER BY p.published DESC, p.id`;

type Row = { data: string };
const toArticle = (row: Row): Article => JSON.parse(row.data) as Article;

function open(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A file another version wrote, or a damaged one, is rebuilt: the files are the truth.
    if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
      db.close();
      return recreate(file);
    }
    db.prepare('SELECT count(*) FROM folders').get();
    return db;
  } catch {
    if (db.open) db.close();
    return recreate(file);
  }
}

function recreate(file: string): Database.Database {
  if (file !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}

/**
 * The stories readers are served, in an SQLite file built from the content folders. It is a cache,
 * never the source of truth: a missing, damaged or outdated file is rebuilt from the folders, and
 * deleting it loses nothing. Every lookup is an index range of bounded length, so a page costs the
 * same with 100 stories as with 100,000 (decision 0009).
 */
export class StoryIndex {
  private readonly db: Database.Database;
  private readonly statements;
  /** Full-text search over the same stories (lib/search). */
  readonly search: SearchTables;
  private readonly relatedStatements = new Map<
    number,
    Database.Statement<Record<string, string | number>, Row>
  >();

  constructor(readonly file: string) {
    this.db = open(file);
    const db = this.db;
    this.search = new SearchTables(db);
    this.statements = {
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

  close() {
    this.db.close();
  }

  /** Runs `work` as one transaction: readers see all of its changes or none of them. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  folders(): Map<string, FolderRecord> {
    return new Map(
      this.statements.folders.all().map((row) => [
        row.id,
        {
          dirTime: row.dirTime,
          signature: row.signature,
          newest: row.newest,
          hasProblems: row.hp === 1,
        },
      ]),
    );
  }

  putFolder(id: string, record: FolderRecord) {
    this.statements.putFolder.run({ id, ...record, hasProblems: record.hasProblems ? 1 : 0 });
  }

  dropFolder(id: string) {
    this.statements.dropFolder.run(id);
  }

  /** The files indexed for a folder. */
  filesOf(id: string): string[] {
    return this.statements.filesOf.all(id).map((row) => row.file);
  }

  story(file: string): Article | null {
    const row = this.statements.storyFile.get(file);
    return row ? toArticle(row) : null;
  }

  /**
   * Stores a story's new version; false when it is the one already held. `terms`: its words
   * analysed for search, when a worker thread has done it already.
   */
  putStory(article: Article, terms?: StoryTerms): boolean {
    const data = JSON.stringify(article);
    if (this.statements.storyFile.get(article.file)?.data === data) return false;
    const listed = article.draft || article.withdrawn ? 0 : 1;
    const published = Date.parse(article.publishedAt);
    const { file, id, locale } = article;
    this.statements.putStory.run({
      file,
      id,
      locale,
      slug: article.slug,
      section: article.section,
      published,
      listed,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
    });
    this.statements.putData.run({ file, data });
    this.statements.dropTags.run(file);
    for (const tag of article.tags) {
      this.statements.putTag.run({ file, locale, slug: tagSlug(tag), tag, listed, published, id });
    }
    this.search.put(
      { key: file, kind: 'story', locale, section: article.section },
      { listed: listed === 1, published },
      terms ?? analyzeStory(article),
    );
    return true;
  }

  dropStory(file: string) {
    this.statements.dropStory.run(file);
    this.statements.dropData.run(file);
    this.statements.dropTags.run(file);
    this.search.drop(file);
  }

  /** The other story file that holds this slug in this locale, if any. */
  slugOwner(locale: Locale, slug: string, exceptFile: string): string | null {
    return this.statements.slugOwner.get(locale, slug, exceptFile)?.file ?? null;
  }

  /** Story files indexed, whatever their visibility. */
  size(): number {
    return this.statements.count.get()!.n;
  }

  /** Stories indexed (a story is a folder, with one file per language). */
  storyCount(): number {
    return this.statements.storyCount.get()!.n;
  }

  bySlug(locale: Locale, slug: string): Article | null {
    const row = this.statements.bySlug.get(locale, slug);
    return row ? toArticle(row) : null;
  }

  /** Every language version of a story, whatever its visibility. */
  byId(id: string): Article[] {
    return this.statements.byId.all(id).map(toArticle);
  }

  latest(locale: Locale, now: Date, limit: number, offset = 0): Article[] {
    return this.statements.latest.all({ locale, now: now.getTime(), limit, offset }).map(toArticle);
  }

  section(locale: Locale, section: Section, now: Date, limit: number, offset = 0): Article[] {
    return this.statements.section
      .all({ locale, section, now: now.getTime(), limit, offset })
      .map(toArticle);
  }

  sectionCount(locale: Locale, section: Section, now: Date): number {
    return this.statements.sectionCount.get({ locale, section, now: now.getTime() })!.n;
  }

  tag(locale: Locale, slug: string, now: Date, limit: number, offset = 0): Article[] {
    return this.statements.tag
      .all({ locale, slug, now: now.getTime(), limit, offset })
      .map(toArticle);
  }

  tagCount(locale: Locale, slug: string, now: Date): number {
    return this.statements.tagCount.get({ locale, slug, now: now.getTime() })!.n;
  }

  /** The tag as the newest public story spells it; null when no public story has it. */
  tagName(locale: Locale, slug: string, now: Date): string | null {
    return this.statements.tagName.get({ locale, slug, now: now.getTime() })?.tag ?? null;
  }

  /** The tags on most public stories, most used first. */
  topTags(locale: Locale, now: Date, limit: number): TagSummary[] {
    return this.statements.topTags.all({ locale, now: now.getTime(), limit });
  }

  /**
   * Up to `limit` public stories sharing the article's section or one of its tags, newest first:
   * each of those lists is read only to `limit`, so the cost is the same at any archive size.
   */
  related(article: Article, now: Date, limit: number): Article[] {
    const tags = Object.fromEntries(article.tags.map((tag, i) => [`tag${i}`, tagSlug(tag)]));
    return this.relatedStatement(article.tags.length)
      .all({
        locale: article.locale,
        section: article.section,
        file: article.file,
        now: now.getTime(),
        limit,
        ...tags,
      })
      .map(toArticle);
  }

  /** One statement per number of tags: the section's list and each tag's, each cut at the limit. */
  private relatedStatement(tagCount: number) {
    let statement = this.relatedStatements.get(tagCount);
    if (!statement) {
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
      statement = this.db.prepare<Record<string, string | number>, Row>(
        `${storiesOf(branches.join(' UNION '))} LIMIT @limit`,
      );
      this.relatedStatements.set(tagCount, statement);
    }
    return statement;
  }

  /** Public stories in every locale, oldest first, for sitemaps split into files. */
  everywhereCount(now: Date): number {
    return this.statements.everywhereCount.get({ now: now.getTime() })!.n;
  }

  everywhere(now: Date, limit: number, offset: number): StoryRef[] {
    return this.statements.everywhere.all({ now: now.getTime(), limit, offset }).map(toRef);
  }

  /** The public versions of these stories, in every locale. */
  refsOf(ids: readonly string[], now: Date): StoryRef[] {
    return this.statements.refsOf.all({ now: now.getTime(), ids: JSON.stringify(ids) }).map(toRef);
  }

  /** Public stories published at `since` or later, in every locale, newest first. */
  since(since: Date, now: Date): Article[] {
    return this.statements.since.all({ now: now.getTime(), since: since.getTime() }).map(toArticle);
  }

  /**
   * The publication times that matter to a cache at `now`: the latest one already passed and
   * every one still ahead (scheduled stories, which go public with no file event).
   */
  publishTimes(now: Date): number[] {
    const at = now.getTime();
    const due = this.statements.lastDue.get({ now: at })?.t;
    const ahead = this.statements.ahead.all({ now: at }).map((row) => row.t);
    return due === null || due === undefined ? ahead : [due, ...ahead];
  }
}

interface StoryRow {
  id: string;
  locale: string;
  slug: string;
  published_at: string;
  updated_at: string | null;
}

const toRef = (row: StoryRow): StoryRef => ({
  id: row.id,
  locale: row.locale as Locale,
  slug: row.slug,
  publishedAt: row.published_at,
  updatedAt: row.updated_at,
});
