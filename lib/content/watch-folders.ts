import { watch, type FSWatcher } from 'node:fs';

/** How often folders are rescanned when the operating system cannot report changes... */
export const POLL_INTERVAL_MS = 2_000;

/**
 * ...unless a rescan takes long (one `stat` per file: about 1.9 s at 100,000 stories): then the
 * pause is twice the last rescan, so polling holds at most a third of a core and a change is
 * still seen within about three rescans' time (under 10 s at 100,000 stories).
 */
export const pollDelayAfter = (rescanMs: number) => Math.max(POLL_INTERVAL_MS, 2 * rescanMs);

export interface FolderWatch {
  /** `events`: the kernel reports each change; `polling`: rescans, `pollDelay()` apart. */
  mode: 'events' | 'polling';
  /** Why events could not be used, for the log and the health answer. */
  reason?: string;
  close(): void;
}

/**
 * What changed: a path below `folder` (as the kernel names it), or null when that is not known
 * (a rescan, or a kernel that reports no names), so anything below it may have changed.
 */
export type OnFolderChange = (folder: string, changed: string | null) => void;

/**
 * Calls `onChange` soon after anything below the folders changes. Recursive watches use one
 * inotify watch per directory on Linux; when the system refuses them (ENOSPC past
 * max_user_watches, EMFILE), or `polling` says why they should not be tried, the folders are
 * polled instead, and the result says so.
 */
export function watchFolders(
  folders: readonly string[],
  onChange: OnFolderChange,
  {
    polling: pollingReason,
    pollDelay = () => POLL_INTERVAL_MS,
  }: { polling?: string; pollDelay?: () => number } = {},
): FolderWatch {
  const watchers: FSWatcher[] = [];
  let polling: FolderWatch | undefined;
  const everything = () => {
    for (const folder of folders) onChange(folder, null);
  };
  const fallBack = (error: unknown): FolderWatch => {
    for (const watcher of watchers.splice(0)) watcher.close();
    if (polling) return polling;
    let timer: NodeJS.Timeout;
    const schedule = () => {
      timer = setTimeout(() => {
        everything();
        schedule();
      }, pollDelay());
      timer.unref();
    };
    schedule();
    const reason = error instanceof Error ? error.message : String(error);
    polling = { mode: 'polling', reason, close: () => clearTimeout(timer) };
    return polling;
  };
  if (pollingReason) return fallBack(pollingReason);
  try {
    for (const folder of folders) {
      // Not persistent: a watch must never keep a build or a test process alive.
      const watcher = watch(folder, { recursive: true, persistent: false }, (_, name) =>
        onChange(folder, name ?? null),
      );
      watcher.on('error', (error) => {
        fallBack(error);
        everything();
      });
      watchers.push(watcher);
    }
  } catch (error) {
    return fallBack(error);
  }
  return {
    get mode() {
      return polling ? 'polling' : 'events';
    },
    get reason() {
      return polling?.reason;
    },
    close: () => {
      polling?.close();
      for (const watcher of watchers) watcher.close();
    },
  };
}
