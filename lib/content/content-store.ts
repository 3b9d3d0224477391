import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Article, type ContentProblem } from './article';
import { buildContentIndex, type ContentIndex } from './content-index';
import {
  findDuplicateSlugs,
  findMissingImages,
  loadArticleFolder,
  newestFirst,
  strayEntries,
  unreadableFolder,
  type ContentLocation,
} from './load-content';

/** What readers are served: the last good version of every file, and what is wrong right now. */
export interface ContentSnapshot {
  index: ContentIndex;
  problems: readonly ContentProblem[];
}

export interface RefreshResult {
  /** True when any story readers can get at was added, replaced or removed. */
  changed: boolean;
  /** Problems the previous refresh did not have: each is reported once while it lasts. */
  newProblems: ContentProblem[];
}

interface FolderState {
  /** Names, sizes and modification times of its files: a folder is reread only when it differs. */
  signature: string;
  /** The latest modification time among the folder and its files. */
  newest: number;
  /** Reread on every refresh while true, since the fix may be elsewhere (an image added later). */
  hasProblems: boolean;
}

async function folderSignature(folder: string) {
  const [own, names] = await Promise.all([stat(folder), readdir(folder)]);
  const files = await Promise.all(names.map((name) => stat(path.join(folder, name))));
  return {
    signature: names
      .map((name, i) => `${name}:${files[i]!.size}:${files[i]!.mtimeMs}`)
      .sort()
      .join('|'),
    newest: Math.max(own.mtimeMs, ...files.map((file) => file.mtimeMs)),
  };
}

const folderOf = (article: Article) => article.id;

/** Two parses of the same file give equal data: keep the old object, so nothing looks changed. */
const sameArticle = (a: Article | undefined, b: Article) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * The content as a running server sees it. `refresh()` rereads only the folders whose files
 * changed (and those that had problems), and a file that fails its checks never replaces what
 * readers already have: its last good version stays, or the story stays unpublished.
 */
export class ContentStore {
  private folders = new Map<string, FolderState>();
  /** The version readers get, per story file. */
  private accepted = new Map<string, Article>();
  private reported = new Set<string>();
  private contentDirTime = 0;
  private current: ContentSnapshot = { index: buildContentIndex([]), problems: [] };

  constructor(readonly location: ContentLocation) {}

  get snapshot(): ContentSnapshot {
    return this.current;
  }

  /**
   * The latest modification time in the content folder: after a restart, pages cached before it
   * may show a version edited, added or deleted while the server was down.
   */
  get newestModification(): number {
    return Math.max(this.contentDirTime, ...[...this.folders.values()].map((f) => f.newest));
  }

  async refresh(): Promise<RefreshResult> {
    const { location } = this;
    let entries;
    try {
      entries = await readdir(location.contentDir, { withFileTypes: true });
      this.contentDirTime = (await stat(location.contentDir)).mtimeMs;
    } catch {
      // Unreadable for a moment (mid-checkout, a wrong CONTENT_DIR): readers keep what they had.
      return this.finish(false, [unreadableFolder(location)]);
    }
    const previous = new Map(this.accepted);
    const problems = strayEntries(location, entries);
    const ids = new Set(
      entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name),
    );
    for (const id of this.folders.keys()) {
      if (ids.has(id)) continue;
      this.folders.delete(id);
      this.dropFiles(id, () => true);
    }
    const candidates = new Map<string, Article>();
    for (const id of ids) {
      const loaded = await this.reloadIfChanged(id);
      if (!loaded) continue;
      problems.push(...loaded.problems);
      this.dropFiles(id, (file) => !loaded.files.includes(file));
      for (const article of loaded.articles) candidates.set(article.file, article);
    }
    for (const [file, article] of candidates) {
      if (!sameArticle(previous.get(file), article)) this.accepted.set(file, article);
    }
    // A new version may not take a slug that another story already has: the older one keeps it.
    const duplicates = findDuplicateSlugs([
      ...[...this.accepted.values()].filter((article) => !candidates.has(article.file)),
      ...[...candidates.keys()].flatMap((file) => this.accepted.get(file) ?? []),
    ]);
    for (const problem of duplicates) {
      const old = previous.get(problem.file);
      const rejected = this.accepted.get(problem.file);
      if (old) this.accepted.set(problem.file, old);
      else this.accepted.delete(problem.file);
      const state = rejected && this.folders.get(folderOf(rejected));
      if (state) state.hasProblems = true;
    }
    problems.push(...duplicates);
    const changed =
      previous.size !== this.accepted.size ||
      [...this.accepted].some(([file, article]) => previous.get(file) !== article);
    if (changed) {
      const articles = newestFirst([...this.accepted.values()]);
      this.current = { ...this.current, index: buildContentIndex(articles) };
    }
    return this.finish(changed, problems);
  }

  /** The folder's good files, with its problems; null when it is as it was last time. */
  private async reloadIfChanged(id: string) {
    const folder = path.join(this.location.contentDir, id);
    let seen;
    try {
      seen = await folderSignature(folder);
    } catch {
      return null; // Removed since the listing: the next refresh forgets it.
    }
    const state = this.folders.get(id);
    if (state && state.signature === seen.signature && !state.hasProblems) return null;
    const loaded = await loadArticleFolder(this.location, id);
    const problems = [
      ...loaded.problems,
      ...(await findMissingImages(this.location, loaded.articles)),
    ];
    this.folders.set(id, { ...seen, hasProblems: problems.length > 0 });
    const badFiles = new Set(problems.map((problem) => problem.file));
    return {
      files: loaded.files,
      articles: loaded.articles.filter((article) => !badFiles.has(article.file)),
      problems,
    };
  }

  private dropFiles(id: string, shouldDrop: (file: string) => boolean) {
    for (const [file, article] of this.accepted) {
      if (folderOf(article) === id && shouldDrop(file)) this.accepted.delete(file);
    }
  }

  private finish(changed: boolean, problems: ContentProblem[]): RefreshResult {
    const lines = new Map(problems.map((problem) => [formatProblem(problem), problem]));
    const newProblems = [...lines].filter(([line]) => !this.reported.has(line)).map(([, p]) => p);
    this.reported = new Set(lines.keys());
    this.current = { ...this.current, problems };
    return { changed, newProblems };
  }
}
