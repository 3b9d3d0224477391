import type Database from 'better-sqlite3';
import { matchExpression, type MatchMode } from './query';
import type { FieldTerms, WordTerms } from './analyze';

/** What search finds: stories, live pages and the posts of live pages, each under its own key. */
export type SearchKind = 'story' | 'live' | 'live-post';

/** A document's fields, each analysed (analyze.ts). */
export interface DocTerms {
  title: FieldTerms;
  /** The standfirst and the tags. */
  summary: FieldTerms;
  body: FieldTerms;
}

/** A document as the tables take it. */
export interface SearchDoc {
  key: string;
  kind: SearchKind;
  locale: string;
  section: string;
  listed: boolean;
  /** When it became public (milliseconds). */
  published: number;
  terms: DocTerms;
}

/**
 * The words are analysed in JavaScript (lib/full-text/analyze.ts) and stored as space-separated
 * terms, exact and stemmed forms in columns of their own: bm25 weighs an exact match above a
 * stemmed one, and a headline above a standfirst above a body. The FTS table keeps no text of its
 * own (contentless); `search_docs` says what each row is and when it is public.
 */
export const SEARCH_SCHEMA = `
  CREATE TABLE search_docs (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    locale TEXT NOT NULL,
    section TEXT NOT NULL,
    listed INTEGER NOT NULL,
    published INTEGER NOT NULL
  );
  CREATE VIRTUAL TABLE search_text USING fts5(
    title_exact, title_stem, summary_exact, summary_stem, body_exact, body_stem,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
  );
`;

/** title exact, title stem, summary exact, summary stem, body exact, body stem. */
const WEIGHTS = '10, 5, 4, 2, 1.5, 0.75';

/** Pagination counts results up to here ("more than 1,000"), so counting stays bounded. */
export const COUNT_LIMIT = 1_000;

export interface SearchFilters {
  locale: string;
  section: string | null;
  /** Published at or after, and before (milliseconds). */
  from: number;
  to: number;
  now: number;
}

interface SearchHit {
  key: string;
  kind: SearchKind;
}

const FILTER = `d.locale = @locale AND d.listed = 1 AND d.published <= @now
  AND d.published >= @from AND d.published < @to
  AND (@section IS NULL OR d.section = @section)`;

export class SearchTables {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      keysOfKind: db.prepare<[string], { key: string }>(
        'SELECT key FROM search_docs WHERE kind = ?',
      ),
      rowOf: db.prepare<[string], { rowid: number }>('SELECT rowid FROM search_docs WHERE key = ?'),
      putDoc: db.prepare(
        `INSERT INTO search_docs (key, kind, locale, section, listed, published)
         VALUES (@key, @kind, @locale, @section, @listed, @published)`,
      ),
      putText: db.prepare(
        `INSERT INTO search_text (rowid, title_exact, title_stem, summary_exact, summary_stem,
         body_exact, body_stem) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      dropDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
      dropText: db.prepare('DELETE FROM search_text WHERE rowid = ?'),
      find: db.prepare<SearchFilters & { match: string; limit: number; offset: number }, SearchHit>(
        `SELECT d.key, d.kind FROM search_text t JOIN search_docs d ON d.rowid = t.rowid
         WHERE search_text MATCH @match AND ${FILTER}
         ORDER BY bm25(search_text, ${WEIGHTS}), d.published DESC, d.key
         LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare<SearchFilters & { match: string }, { n: number }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM search_text t JOIN search_docs d ON d.rowid = t.rowid
         WHERE search_text MATCH @match AND ${FILTER} LIMIT ${COUNT_LIMIT + 1})`,
      ),
    };
  }

  put(
    doc: { key: string; kind: SearchKind; locale: string; section: string },
    visibility: { listed: boolean; published: number },
    terms: DocTerms,
  ) {
    this.drop(doc.key);
    const { lastInsertRowid } = this.statements.putDoc.run({
      ...doc,
      listed: visibility.listed ? 1 : 0,
      published: visibility.published,
    });
    const { title, summary, body } = terms;
    this.statements.putText.run(
      lastInsertRowid,
      title.exact,
      title.stem,
      summary.exact,
      summary.stem,
      body.exact,
      body.stem,
    );
  }

  /** `docs` in place of every document of `kinds`, in one transaction: no search sees a half. */
  replaceAll(kinds: readonly SearchKind[], docs: readonly SearchDoc[]) {
    this.db.transaction(() => {
      for (const kind of kinds) {
        for (const { key } of this.statements.keysOfKind.all(kind)) this.drop(key);
      }
      for (const doc of docs) this.put(doc, doc, doc.terms);
    })();
  }

  drop(key: string) {
    const row = this.statements.rowOf.get(key);
    if (!row) return;
    this.statements.dropText.run(row.rowid);
    this.statements.dropDoc.run(row.rowid);
  }

  /** The best matches first; on equal scores, the newest. */
  find(
    words: readonly WordTerms[],
    filters: SearchFilters,
    limit: number,
    offset: number,
    mode: MatchMode = 'all',
  ) {
    if (words.length === 0) return [];
    const match = matchExpression(words, mode);
    return this.statements.find.all({ ...filters, match, limit, offset });
  }

  /** How many documents match, counted to COUNT_LIMIT + 1 at most. */
  count(words: readonly WordTerms[], filters: SearchFilters, mode: MatchMode = 'all'): number {
    if (words.length === 0) return 0;
    return this.statements.count.get({ ...filters, match: matchExpression(words, mode) })!.n;
  }
}
