import type Database from 'better-sqlite3';
import type { Locale } from '@/i18n/routing';
import { SearchTables, type DocTerms } from '@/lib/full-text/search-tables';
import type { Article } from './article';
import type { Section } from './sections';
import { openIndexFile } from './story-index-file';
import {
  prepareStatements,
  relatedQuery,
  toArticle,
  toRef,
  type FolderRecord,
  type Row,
  type StoryRef,
  type TagSummary,
} from './story-queries';
import { analyzeStory } from './story-terms';
import { tagSlug } from './tags';

export type { FolderRecord, StoryRef, TagSummary } from './story-queries';

/**
 * The stories readers are served, in an SQLite file built from the content folders. It is a cache,
 * never the source of truth: a missing, damaged or outdated file is rebuilt from the folders, and
 * deleting it loses nothing. Every lookup is an index range of bounded length, so a page costs the
 * same with 100 stories as with 100,000 (decision 0010).
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
    this.db = openIndexFile(file);
    this.search = new SearchTables(this.db);
    this.statements = prepareStatements(this.db);
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
  putStory(article: Article, terms?: DocTerms): boolean {
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

  /** One statement per number of tags, prepared on first use. */
  private relatedStatement(tagCount: number) {
    let statement = this.relatedStatements.get(tagCount);
    if (!statement) {
      statement = this.db.prepare<Record<string, string | number>, Row>(relatedQuery(tagCount));
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
