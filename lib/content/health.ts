import { formatProblem } from './article';
import { liveContent } from './live-content';

/** What `/healthz` answers: whether this process serves the content as it is on disk. */
export interface ContentHealth {
  /** `starting`: the first read is not done, so nginx should send readers elsewhere. */
  status: 'ok' | 'starting';
  /** Story files readers may be served (any visibility), as indexed. */
  stories: number;
  /** When a change to what readers see was last noticed (ISO 8601), null before any. */
  lastChangeAt: string | null;
  /** When the content folder was last compared with the index, null before the first time. */
  lastCheckAt: string | null;
  /** How changes are noticed: kernel events, or rescans when events are not available. */
  watch: { mode: 'events' | 'polling' | 'off'; reason?: string };
  /** Files that fail their checks now, one line each (readers keep their last good version). */
  problems: string[];
}

const iso = (ms: number | null) =>
  ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

export async function contentHealth(): Promise<ContentHealth> {
  const live = liveContent();
  // Whether `ready` has settled, without waiting for it: a promise that is already resolved would
  // win the race against it (its reaction is queued first), so the other side is a macrotask,
  // which runs only after every pending reaction, `ready`'s included.
  const started = await Promise.race([
    live.ready.then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setImmediate(resolve, false)),
  ]);
  const { index, problems } = live.store;
  return {
    status: started ? 'ok' : 'starting',
    stories: index.size(),
    lastChangeAt: iso(started ? live.clock.lastChangeAt(Date.now()) : null),
    lastCheckAt: iso(live.lastRefreshAt),
    watch: live.watch
      ? { mode: live.watch.mode, ...(live.watch.reason ? { reason: live.watch.reason } : {}) }
      : { mode: 'off' },
    problems: problems.map(formatProblem),
  };
}
