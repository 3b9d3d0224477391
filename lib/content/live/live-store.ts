import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { formatProblem, type ContentProblem } from '@/lib/content/article';
import { lookAtFolder } from '@/lib/content/folder-signature';
import { findImageProblems } from '@/lib/content/image-checks';
import type { LiveLocation } from './live-location';
import { newestPostsFirst, type LivePage, type LivePageMeta, type LivePost } from './live-page';
import { loadLiveFolder, type LiveFile } from './load-live';

export interface LiveRefresh {
  /** True when anything readers can see was added, replaced or removed. */
  changed: boolean;
  /** Problems the previous refresh did not have. */
  newProblems: ContentProblem[];
}

type Good = LivePageMeta | LivePost;
const isPost = (value: Good): value is LivePost => 'html' in value;

/**
 * Live pages as the server serves them. There are few (tens, each tens of posts), so they are
 * kept in memory and a changed folder is read again whole; a file that fails its checks keeps its
 * last good version, as stories do (decision 0012).
 */
export class LiveStore {
  private good = new Map<string, { folder: string; value: Good }>();
  private signatures = new Map<string, string>();
  private folderProblems = new Map<string, ContentProblem[]>();
  private reported = new Set<string>();
  private current: ContentProblem[] = [];
  private bySlug = new Map<string, LivePage>();
  private all: LivePage[] = [];

  constructor(readonly location: LiveLocation | null) {}

  get problems(): readonly ContentProblem[] {
    return this.current;
  }

  /** Every published live page, in every locale, most recently started first. */
  get pages(): readonly LivePage[] {
    return this.all;
  }

  page(locale: Locale, slug: string): LivePage | null {
    return this.bySlug.get(`${locale}/${slug}`) ?? null;
  }

  async refresh(): Promise<LiveRefresh> {
    const { location } = this;
    if (!location) return { changed: false, newProblems: [] };
    const entries = await readdir(location.liveDir, { withFileTypes: true }).catch(() => []);
    const problems: ContentProblem[] = entries
      .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory())
      .map((entry) => ({
        file: path.relative(location.rootDir, path.join(location.liveDir, entry.name)),
        message: 'is not a live folder',
        hint: 'put each live page in its own folder: ar.md / en.md and posts/',
      }));
    const ids = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name);
    let changed = false;
    for (const [file, { folder }] of this.good) {
      if (!ids.includes(folder)) changed = this.good.delete(file) || changed;
    }
    for (const id of ids) changed = (await this.look(location, id)) || changed;
    for (const id of [...this.folderProblems.keys()].filter((id) => !ids.includes(id))) {
      this.folderProblems.delete(id);
    }
    problems.push(...[...this.folderProblems.values()].flat(), ...this.assemble());
    const lines = new Map(problems.map((problem) => [formatProblem(problem), problem]));
    const newProblems = [...lines].filter(([line]) => !this.reported.has(line)).map(([, p]) => p);
    this.reported = new Set(lines.keys());
    this.current = problems;
    return { changed, newProblems };
  }

  /** Rereads a folder whose files changed (or that had problems); true when readers see a change. */
  private async look(location: LiveLocation, id: string): Promise<boolean> {
    const folder = path.join(location.liveDir, id);
    const signature = [folder, path.join(folder, 'posts')]
      .map((dir) => lookAtFolder(dir, undefined)?.signature ?? '')
      .join('|');
    if (this.signatures.get(id) === signature && !this.folderProblems.get(id)?.length) return false;
    this.signatures.set(id, signature);
    const loaded = await loadLiveFolder(location, id);
    const metas = loaded.files.flatMap((f) => (f.kind === 'page' && f.page ? [f.page] : []));
    const pictureProblems = await findImageProblems(
      { ...location, contentDir: location.liveDir },
      metas,
    );
    const badPictures = new Set(pictureProblems.map((problem) => problem.file));
    this.folderProblems.set(id, [...loaded.problems, ...pictureProblems]);
    const present = new Set(loaded.files.map((f) => f.file));
    let changed = false;
    for (const [file, known] of this.good) {
      if (known.folder === id && !present.has(file)) changed = this.good.delete(file) || changed;
    }
    for (const file of loaded.files) {
      const value = valueOf(file);
      if (!value || badPictures.has(file.file)) continue;
      const before = this.good.get(file.file);
      if (before && JSON.stringify(before.value) === JSON.stringify(value)) continue;
      this.good.set(file.file, { folder: id, value });
      changed = true;
    }
    return changed;
  }

  /** Builds the pages from the good files; returns what is wrong across files. */
  private assemble(): ContentProblem[] {
    const problems: ContentProblem[] = [];
    const metas = new Map<string, LivePageMeta>();
    const posts = new Map<string, LivePost[]>();
    for (const { folder, value } of [...this.good.values()].sort(byFile)) {
      const key = `${folder}/${value.locale}`;
      if (isPost(value)) posts.set(key, [...(posts.get(key) ?? []), value]);
      else metas.set(key, value);
    }
    this.bySlug = new Map();
    for (const [key, meta] of metas) {
      if (meta.draft) continue;
      const owner = this.bySlug.get(`${meta.locale}/${meta.slug}`);
      if (owner) {
        problems.push({
          file: meta.file,
          field: 'slug',
          message: `repeats "${meta.slug}", already used by ${owner.file}`,
          hint: 'give each live page in a locale its own slug',
        });
        continue;
      }
      const list = newestPostsFirst([...(posts.get(key) ?? [])]);
      const pinned = list.filter((post) => post.pinned);
      for (const extra of pinned.slice(1)) {
        problems.push({
          file: extra.file,
          field: 'pinned',
          message: `is true, but ${pinned[0]!.file} is pinned already (this post is shown in its place by time)`,
          hint: 'pin one post per page: remove "pinned: true" from all but one',
        });
      }
      const shown = list.map((post) =>
        post.pinned && post !== pinned[0] ? { ...post, pinned: false } : post,
      );
      this.bySlug.set(`${meta.locale}/${meta.slug}`, { ...meta, posts: shown });
    }
    this.all = [...this.bySlug.values()].sort(
      (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || a.id.localeCompare(b.id),
    );
    return problems;
  }
}

const valueOf = (file: LiveFile): Good | null => (file.kind === 'page' ? file.page : file.post);
const byFile = (a: { value: Good }, b: { value: Good }) => (a.value.file < b.value.file ? -1 : 1);
