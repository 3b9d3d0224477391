import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type Article, type ContentProblem } from './article';
import { ContentClock } from './content-clock';
import { ContentStore, type ContentSnapshot } from './content-store';
import { defaultContentLocation } from './load-content';
import { watchFolders, type FolderWatch } from './watch-folders';

/** Saves closer together than this are one change (an editor's burst, a `git pull`). */
export const SETTLE_MS = 300;
/** ...but a stream of saves never holds a refresh back longer than this. */
export const MAX_SETTLE_MS = 2_000;

export interface LiveContent {
  store: ContentStore;
  clock: ContentClock;
  /** Resolves once the first full read is done. */
  ready: Promise<void>;
  watch: FolderWatch | null;
  lastRefreshAt: number | null;
  /** Asks for a refresh soon; calls close together are served by one. */
  requestRefresh(): void;
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
): LiveContent {
  const clock = new ContentClock();
  let timer: NodeJS.Timeout | undefined;
  let firstRequest = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let afterRefresh: () => Promise<void> = async () => {};
  const listeners: ((articles: readonly Article[]) => void)[] = [];
  // The store keeps an unchanged story's object, so a story not among these is new or edited.
  let known: ReadonlySet<Article> | null = null;

  function announce() {
    const all = store.snapshot.index.all;
    const fresh = known ? all.filter((article) => !known!.has(article)) : [];
    known = new Set(all);
    if (fresh.length === 0) return;
    for (const listener of listeners) {
      try {
        listener(fresh);
      } catch (error) {
        log.error('A listener for published stories failed:', error);
      }
    }
  }

  async function refresh() {
    const result = await store.refresh();
    live.lastRefreshAt = Date.now();
    if (result.changed) clock.noteChange(live.lastRefreshAt);
    announce();
    clock.setPublishTimes(
      store.snapshot.index.all.map((article) => Date.parse(article.publishedAt)),
    );
    report(result.newProblems, log);
    await afterRefresh();
  }

  function run(): Promise<void> {
    timer = undefined;
    firstRequest = 0;
    if (running) {
      again = true;
      return running;
    }
    running = refresh()
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
    clock,
    ready: Promise.resolve(),
    watch: null,
    lastRefreshAt: null,
    requestRefresh() {
      const now = Date.now();
      firstRequest ||= now;
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(SETTLE_MS, firstRequest + MAX_SETTLE_MS - now));
      timer = setTimeout(run, wait);
      timer.unref();
    },
    async refreshNow() {
      await running;
      await run();
    },
    onPublish(listener) {
      listeners.push(listener);
    },
  };

  const { contentDir, publicDir } = store.location;
  // Images too: a story whose picture is missing waits, and publishes when the picture lands.
  const imagesDir = path.join(publicDir, 'images');
  let watched: string | null = null;

  /**
   * (Re)starts the watch when a folder was replaced or removed (a `git checkout`, a test that
   * recreates it): a watch follows the old folder's inode and would go silent. While the content
   * folder is missing the watch polls, and the next poll that finds it watches it again.
   */
  async function ensureWatching() {
    const identity = await Promise.all(
      [contentDir, imagesDir].map((dir) =>
        stat(/* turbopackIgnore: true */ dir).then(
          (info) => `${info.dev}:${info.ino}`,
          () => null,
        ),
      ),
    );
    const key = identity.join('|');
    if (key === watched) return;
    watched = key;
    live.watch?.close();
    const folders = identity[1] ? [contentDir, imagesDir] : [contentDir];
    live.watch = watchFolders(folders, live.requestRefresh);
    if (live.watch.mode === 'polling') {
      log.warn(`Content: cannot watch for changes (${live.watch.reason}); polling instead.`);
    }
  }
  afterRefresh = watch ? ensureWatching : async () => {};

  live.ready = (async () => {
    await refresh();
    // Pages cached before the newest file was touched may predate an edit made while down.
    clock.noteChange(store.newestModification);
  })();
  return live;
}

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The process's live content, created on first use. Kept on globalThis: the proxy, the cache
 * handler and each route are bundled apart, and all must see the same store and clock.
 */
export function liveContent(): LiveContent {
  const holder = globalThis as { [KEY]?: LiveContent };
  holder[KEY] ??= createLiveContent(new ContentStore(defaultContentLocation()), {
    watch: !isBuild(),
  });
  return holder[KEY];
}

export async function contentSnapshot(): Promise<ContentSnapshot> {
  const live = liveContent();
  await live.ready;
  return live.store.snapshot;
}
