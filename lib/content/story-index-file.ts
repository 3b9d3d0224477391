import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SEARCH_SCHEMA } from '@/lib/full-text/search-tables';

/** Bumped whenever the tables or what a row holds change: an older file is rebuilt. */
const SCHEMA_VERSION = 5;

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

/** The index file, made afresh when it is missing, damaged or of another schema version. */
export function openIndexFile(file: string): Database.Database {
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
