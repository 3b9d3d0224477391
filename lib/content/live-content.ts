import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Article, type ContentProblem } from './article';
import { ContentClock } from './content-clock';
import { ContentStore, type RefreshScope } from './content-store';
import { defaultContentLocation } from './content-location';
import { defaultLiveLocation } from '@/lib/content/live/live-location';
import { LiveStore } from '@/lib/content/live/live-store';
import { LIVE_KINDS, liveSearchDocs } from '@/lib/content/live/live-terms';
import { POLL_INTERVAL_MS, pollDelayAfter, watchFolders, type FolderWatch } from './watch-folders';

/** Saves closer together than this are one change (an editor's burst, a `git pull`). */
const SETTLE_MS = 300;
/** ...but a stream of saves never holds a refresh back longer than this. */
const MAX_SETTLE_MS = 2_000;

export interface LiveContent {
  store: ContentStore;
  /** Live coverage pages (lib/content/live), refreshed with the stories. */
  pages: LiveStore;
  clock: ContentClock;
  /** Resolves once the first full read is done. */
  ready: Promise<void>;
  watch: FolderWatch | null;
  lastRefreshAt: number | null;
  /**
   * Asks for a refresh soon; calls close together are served by one. `folder`: the story folder
   * that changed, when known; without it every folder is compared with the index.
   */
  requestRefresh(folder?: string): void;
  /** Resolves after a refresh that started after this call has finished. */
  refreshNow(): Promise<void>;
  /**
   * Calls `listener` after each refresh with the stories it added or replaced (drafts and
   * scheduled ones included); not for the first read, which adds every story there is.
   */
  onPublish(listener: (articles: readonly Article[]) => void): void;
}

const KEY = Symbol.for('alriwaq.live-content');

type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

function report(problems: readonly ContentProblem[], log: Logger) {
  for (const problem of problems) {
    log.error(
      `Content problem, not published (readers keep the last good version): ${formatProblem(problem)}`,
    );
  }
}

export interface LiveContentOptions {
  /** Watch the folders and refresh by itself (off during `next build`). */
  watch: boolean;
  log?: Logger;
}

/** The one live view of the content per process. */
export function createLiveContent(
  store: ContentStore,
  { watch, log = console }: LiveContentOptions,
  pages = new LiveStore(null),
): LiveContent {
  const clock = new ContentClock();
  let timer: NodeJS.Timeout | undefined;
  let firstRequest = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let afterRefresh: () => Promise<void> = async () => {};
  const listeners: ((articles: readonly Article[]) => void)[] = [];
  let scope: Set<string> | 'all' = 'all';
  let lastRescanMs = 0;

  function announce(published: readonly Article[]) {
    if (published.length === 0) return;
    for (const listener of listeners) {
      try {
        listener(published);
      } catch (error) {
        log.error('A listener for published stories failed:', error);
      }
    }
  }

  async function refresh(asked: RefreshScope, first = false) {
    const started = Date.now();
    const result = await store.refresh(asked, { announce: !first });
    const coverage = await pages.refresh();
    // Search finds the coverage as readers see it: its documents are replaced whole.
    if (coverage.changed || first) {
      store.index.search.replaceAll(LIVE_KINDS, liveSearchDocs(pages.pages));
    }
    live.lastRefreshAt = Date.now();
    if (asked === 'all' && !first) lastRescanMs = live.lastRefreshAt - started;
    // The first read is no change readers saw: pages cached before a restart stay good unless a
    // file is newer than they are (noted once the read is done).
    if ((result.changed || coverage.changed) && !first) clock.noteChange(live.lastRefreshAt);
    announce(result.published);
    // Times already known move from ahead to due by themselves (the clock compares them with the
    // time); the list changes only with the content, and at 100,000 stories it costs a scan.
    if (result.changed || first) clock.setPublishTimes(store.index.publishTimes(new Date()));
    report([...result.newProblems, ...coverage.newProblems], log);
    await afterRefresh();
  }

  function run(): Promise<void> {
    timer = undefined;
    firstRequest = 0;
    if (running) {
      again = true;
      return running;
    }
    const asked = scope;
    scope = new Set();
    running = refresh(asked)
      .catch((error: unknown) => log.error('Content refresh failed:', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          live.requestRefresh();
        }
      });
    return running;
  }

  const live: LiveContent = {
    store,
    pages,
    clock,
    ready: Promise.resolve(),
    watch: null,
    lastRefreshAt: null,
    requestRefresh(folder) {
      if (folder === undefined) scope = 'all';
      else if (scope !== 'all') scope.add(folder);
      const now = Date.now();
      firstRequest ||= now;
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(SETTLE_MS, firstRequest + MAX_SETTLE_MS - now));
      timer = setTimeout(run, wait);
      timer.unref();
    },
    async refreshNow() {
      await running;
      scope = 'all';
      await run();
    },
    onPublish(listener) {
      listeners.push(listener);
    },
  };

  const { contentDir, publicDir } = store.location;
  // Images too: a story whose picture is missing waits, and publishes when the picture lands.
  const imagesDir = path.join(publicDir, 'images');
  const liveDir = pages.location?.liveDir;
  let watched: string | null = null;

  /**
   * (Re)starts the watch when a folder was replaced or removed (a `git checkout`, a test that
   * recreates it): a watch follows the old folder's inode and would go silent. While the content
   * folder is missing the watch polls, and the next poll that finds it watches it again.
   */
  async function ensureWatching() {
    const identity = await Promise.all(
      [contentDir, imagesDir, liveDir].map((dir) =>
        dir === undefined
          ? null
          : stat(/* turbopackIgnore: true */ dir).then(
              (info) => `${info.dev}:${info.ino}`,
              () => null,
            ),
      ),
    );
    const key = identity.join('|');
    if (key === watched) return;
    watched = key;
    live.watch?.close();
    const folders = [contentDir, imagesDir, liveDir].filter(
      (dir, i): dir is string => dir !== undefined && (i === 0 || identity[i] !== null),
    );
    live.watch = watchFolders(
      folders,
      (folder, changed) => {
        // An image can only settle a problem, and folders with problems are read every time;
        // live pages are compared whole on every refresh: '' names no story folder.
        if (folder !== contentDir) live.requestRefresh('');
        else live.requestRefresh(changed?.split(path.sep)[0] || undefined);
      },
      {
        polling: await pollingReason(store.folderCount),
        pollDelay: () => pollDelayAfter(lastRescanMs),
      },
    );
    if (live.watch.mode === 'polling') {
      log.warn(
        `Content: not watching the folders for changes (${live.watch.reason}); rescanning them instead, every ${POLL_INTERVAL_MS / 1000} s or twice as long as a rescan takes (/healthz says so too).`,
      );
    }
  }
  afterRefresh = watch ? ensureWatching : async () => {};

  live.ready = (async () => {
    scope = new Set();
    await refresh('all', true);
    // Pages cached before the newest file was touched may predate an edit made while down.
    clock.noteChange(store.newestModification);
  })();
  return live;
}

/**
 * Why the folders should be polled rather than watched, or undefined when watching is fine. On
 * Linux a recursive watch takes one inotify watch per folder from a budget shared by every process
 * of the user (`fs.inotify.max_user_watches`, 8,192 on many systems); a second server, an editor
 * or a build tool needs its share too, so the site takes at most a quarter of it.
 */
export function reasonToPoll(folders: number, watchLimit: number): string | undefined {
  if (!Number.isFinite(watchLimit) || folders + 2 <= watchLimit / 4) return undefined;
  return `${folders} story folders would need more than a quarter of the system's ${watchLimit} file watches (fs.inotify.max_user_watches)`;
}

/** `CONTENT_WATCH=poll` asks for polling whatever the budget. */
async function pollingReason(folders: number): Promise<string | undefined> {
  if (process.env.CONTENT_WATCH === 'poll') return 'CONTENT_WATCH=poll';
  const limit = await readFile('/proc/sys/fs/inotify/max_user_watches', 'utf8').catch(() => '');
  return reasonToPoll(folders, limit.trim() === '' ? Number.NaN : Number(limit));
}

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The process's live content, created on first use. Kept on globalThis: the proxy, the cache
 * handler and each route are bundled apart, and all must see the same store and clock.
 */
export function liveContent(): LiveContent {
  const holder = globalThis as { [KEY]?: LiveContent };
  holder[KEY] ??= createLiveContent(
    new ContentStore(defaultContentLocation()),
    { watch: !isBuild() },
    new LiveStore(defaultLiveLocation()),
  );
  return holder[KEY];
}
