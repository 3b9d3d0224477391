type Log = Pick<Console, 'error'>;

export interface BackgroundQueue {
  /** Queues `work` under `key` unless that key is queued already or the queue is full. */
  add(key: string, work: () => Promise<unknown>): void;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
}

/**
 * Work nobody waits for, done one job at a time so that it takes at most one render slot from
 * readers. Bounded: a burst of publishing queues at most `limit` jobs and drops the rest, which
 * their first request then makes. A job that fails is logged once for its key, not on every retry.
 */
export function backgroundQueue(limit: number, log: Log = console): BackgroundQueue {
  const queued = new Map<string, () => Promise<unknown>>();
  const failed = new Set<string>();
  let running: Promise<void> | null = null;

  async function drain() {
    for (let next = queued.entries().next(); !next.done; next = queued.entries().next()) {
      const [key, work] = next.value;
      try {
        await work();
        failed.delete(key);
      } catch (error) {
        if (!failed.has(key)) log.error(`Could not prepare ${key} in the background:`, error);
        failed.add(key);
      }
      queued.delete(key);
    }
  }

  return {
    add(key, work) {
      if (queued.has(key) || queued.size >= limit) return;
      queued.set(key, work);
      running ??= drain().finally(() => {
        running = null;
      });
    },
    async idle() {
      while (running) await running;
    },
  };
}
