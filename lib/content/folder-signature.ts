import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FolderRecord } from './story-index';

export type FolderLook = Omit<FolderRecord, 'hasProblems'>;

type Entry = [name: string, size: number, mtime: number];

const namesIn = (signature: string) => (JSON.parse(signature) as Entry[]).map(([name]) => name);

/**
 * What a folder's files look like now (null when the folder is gone). Synchronous on purpose: a
 * stat from the thread pool costs ten times one made in place, and a scan of 100,000 folders is
 * made in slices that yield between them (lib/content/content-store.ts). Names are listed again
 * only when the folder's own time moved (a file added, removed or renamed); otherwise the names
 * known from last time are looked at, one stat each.
 */
export function lookAtFolder(folder: string, known: FolderLook | undefined): FolderLook | null {
  const own = statSync(folder, { throwIfNoEntry: false });
  if (!own?.isDirectory()) return null;
  const listed = known && known.dirTime === own.mtimeMs ? namesIn(known.signature) : null;
  const names = listed ?? readdirSync(folder);
  const files = names.map((name) => statSync(path.join(folder, name), { throwIfNoEntry: false }));
  // A known file gone while the folder's time stayed (a clock set back): list it again.
  if (listed && files.some((file) => !file)) return lookAtFolder(folder, undefined);
  const entries = names
    .map((name, i): Entry => [name, files[i]?.size ?? 0, files[i]?.mtimeMs ?? 0])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    dirTime: own.mtimeMs,
    signature: JSON.stringify(entries),
    newest: Math.max(own.mtimeMs, ...entries.map(([, , mtime]) => mtime)),
  };
}
