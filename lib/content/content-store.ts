import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Article, type ContentProblem } from './article';
import { lookAtFolder, type FolderLook } from './folder-signature';
import { mapBounded } from '@/lib/util/map-bounded';
import { checkFolder, type CheckedFolder } from './check-folder';
import type { ContentLocation } from './content-location';
import { duplicateSlug, strayEntries, unreadableFolder } from './load-content';
import { StoryIndex, type FolderRecord } from './story-index';

export interface RefreshResult {
  /** True when any story readers can get at was added, replaced or removed. */
  changed: boolean;
  /** The story files added or replaced (drafts and scheduled ones included). */
  published: Article[];
  /** Problems the previous refresh did not have: each is reported once while it lasts. */
  newProblems: ContentProblem[];
}

/**
 * Which folders a refresh looks into: all of them (at start, and when changes cannot be reported
 * one by one), or those the file watch named. Folders with problems and folders new to the index
 * are looked into every time.
 */
export type RefreshScope = 'all' | ReadonlySet<string>;

/** Folders read at once: enough to keep the file system busy, few enough to bound memory. */
const CONCURRENCY = 32;
/** Folders whose changes are written in one transaction, and folders looked at between yields. */
const BATCH = 500;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Where a content folder's index lives: in the build folder's cache, one file per content folder
 * and public folder, so a benchmark corpus or a test fixture never mixes with the site's own.
 */
export function defaultIndexFile(
  location: ContentLocation,
  distDir = process.env.NEXT_DIST_DIR || '.next',
): string {
  const key = createHash('sha256')
    .update(`${location.contentDir}\n${location.publicDir}`)
    .digest('hex')
    .slice(0, 16);
  return path.resolve(location.rootDir, distDir, 'cache', 'content-index', `${key}.sqlite`);
}

interface LoadedFolder extends CheckedFolder {
  record: FolderRecord;
}

/** Checks folders by their names, in order: in place by default, or by a pool of workers. */
export type CheckFolders = (ids: readonly string[]) => Promise<CheckedFolder[]>;

/**
 * The content as a running server sees it, kept in an SQLite index (lib/content/story-index.ts).
 * `refresh()` rereads only the folders whose files changed (and those that had problems), and a
 * file that fails its checks never replaces what readers already have: its last good version
 * stays, or the story stays unpublished.
 */
export class ContentStore {
  readonly index: StoryIndex;
  private readonly folders: Map<string, FolderRecord>;
  private reported = new Set<string>();
  private contentDirTime = 0;
  private currentProblems: readonly ContentProblem[] = [];

  private readonly checkFolders: CheckFolders;

  constructor(
    readonly location: ContentLocation,
    {
      indexFile = defaultIndexFile(location),
      checkFolders = (ids) => mapBounded(ids, CONCURRENCY, (id) => checkFolder(location, id)),
    }: { indexFile?: string; checkFolders?: CheckFolders } = {},
  ) {
    this.checkFolders = checkFolders;
    this.index = new StoryIndex(indexFile);
    this.folders = this.index.folders();
  }

  /** Story folders in the index. */
  get folderCount(): number {
    return this.folders.size;
  }

  /** What is wrong right now, one entry per problem. */
  get problems(): readonly ContentProblem[] {
    return this.currentProblems;
  }

  /**
   * The latest modification time in the content folder: after a restart, pages cached before it
   * may show a version edited, added or deleted while the server was down.
   */
  get newestModification(): number {
    let newest = this.contentDirTime;
    for (const folder of this.folders.values()) newest = Math.max(newest, folder.newest);
    return newest;
  }

  /**
   * `announce: false` leaves `published` empty: a first read would otherwise hold every story of
   * the archive in memory at once.
   */
  async refresh(scope: RefreshScope = 'all', { announce = true } = {}): Promise<RefreshResult> {
    const { location } = this;
    let entries;
    try {
      entries = await readdir(location.contentDir, { withFileTypes: true });
      this.contentDirTime = (await stat(location.contentDir)).mtimeMs;
    } catch {
      // Unreadable for a moment (mid-checkout, a wrong CONTENT_DIR): readers keep what they had.
      return this.finish({ changed: false, published: [] }, [unreadableFolder(location)]);
    }
    const problems = strayEntries(location, entries);
    const ids = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    const present = new Set(ids);
    const gone = [...this.folders.keys()].filter((id) => !present.has(id));
    const toLook = ids.filter((id) => {
      const known = this.folders.get(id);
      return scope === 'all' || !known || known.hasProblems || scope.has(id);
    });
    const result: Omit<RefreshResult, 'newProblems'> = { changed: false, published: [] };
    if (gone.length > 0) {
      this.index.transaction(() => {
        for (const id of gone) this.forget(id);
      });
      result.changed = true;
    }
    const toRead = await this.changedFolders(toLook);
    const batches = Array.from({ length: Math.ceil(toRead.length / BATCH) }, (_, n) =>
      toRead.slice(n * BATCH, (n + 1) * BATCH),
    );
    const check = (n: number) => {
      const batch = batches[n];
      return batch ? this.checkFolders(batch.map(({ id }) => id)) : null;
    };
    // The next batch is checked (by the pool's threads) while this one is written.
    let ahead = check(0);
    for (const [n, batch] of batches.entries()) {
      const checked = (await ahead)!;
      ahead = check(n + 1);
      this.index.transaction(() => {
        checked.forEach((folder, i) => {
          const record = { ...batch[i]!.look, hasProblems: folder.problems.length > 0 };
          problems.push(...this.apply({ ...folder, record }, result, announce));
        });
      });
    }
    return this.finish(result, problems);
  }

  private forget(id: string) {
    for (const file of this.index.filesOf(id)) this.index.dropStory(file);
    this.index.dropFolder(id);
    this.folders.delete(id);
  }

  /**
   * The folders among `ids` whose files differ from what the index holds, or that had problems,
   * with how they look now. Folders whose files are the same but whose own time moved are
   * remembered with the new time, so the next look need not list them.
   */
  private async changedFolders(ids: readonly string[]) {
    const changed: { id: string; look: FolderLook }[] = [];
    const retimed: [string, FolderRecord][] = [];
    for (let start = 0; start < ids.length; start += BATCH) {
      if (start > 0) await yieldToRequests();
      for (const id of ids.slice(start, start + BATCH)) {
        const known = this.folders.get(id);
        const look = lookAtFolder(path.join(this.location.contentDir, id), known);
        if (!look) continue; // Removed since the listing: the next refresh forgets it.
        if (!known || known.hasProblems || known.signature !== look.signature) {
          changed.push({ id, look });
        } else if (known.dirTime !== look.dirTime) {
          retimed.push([id, { ...known, ...look }]);
        }
      }
    }
    if (retimed.length > 0) {
      this.index.transaction(() => {
        for (const [id, record] of retimed) this.putFolder(id, record);
      });
    }
    return changed;
  }

  private putFolder(id: string, record: FolderRecord) {
    this.index.putFolder(id, record);
    this.folders.set(id, record);
  }

  /** Writes a folder's good files to the index; returns its problems, duplicate slugs included. */
  private apply(
    folder: LoadedFolder,
    result: Omit<RefreshResult, 'newProblems'>,
    announce: boolean,
  ) {
    const problems = [...folder.problems];
    for (const file of this.index.filesOf(folder.id)) {
      if (folder.files.includes(file)) continue;
      this.index.dropStory(file);
      result.changed = true;
    }
    for (const [i, article] of folder.articles.entries()) {
      // A new version may not take a slug another story already has: the older one keeps it.
      const owner = this.index.slugOwner(article.locale, article.slug, article.file);
      if (owner) {
        problems.push(duplicateSlug(article, owner));
        continue;
      }
      if (this.index.putStory(article, folder.terms[i])) {
        result.changed = true;
        if (announce) result.published.push(article);
      }
    }
    this.putFolder(folder.id, { ...folder.record, hasProblems: problems.length > 0 });
    return problems;
  }

  private finish(result: Omit<RefreshResult, 'newProblems'>, problems: ContentProblem[]) {
    const lines = new Map(problems.map((problem) => [formatProblem(problem), problem]));
    const newProblems = [...lines].filter(([line]) => !this.reported.has(line)).map(([, p]) => p);
    this.reported = new Set(lines.keys());
    this.currentProblems = problems;
    return { ...result, newProblems };
  }
}
