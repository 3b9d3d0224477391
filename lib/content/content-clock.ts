/**
 * A render that started just before a change can finish just after it, and would then be cached
 * as newer than the change. Every change therefore counts twice: when it happens and this long
 * after, so such a page is stale too (renders here take tens of milliseconds, not seconds).
 */
export const RENDER_GRACE_MS = 2_000;

function latestAtOrBefore(sorted: readonly number[], limit: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? Number.NEGATIVE_INFINITY : sorted[low - 1]!;
}

/**
 * When what readers may see last changed: a file added, edited or removed, or a scheduled story's
 * time arriving (which needs no file event). A cached page older than that is stale.
 */
export class ContentClock {
  private changes: number[] = [];
  private publishTimes: number[] = [];

  /** `at`: when the change was noticed (or, at start, the newest file's modification time). */
  noteChange(at: number) {
    this.changes = [Math.max(at, this.changes.at(-1) ?? Number.NEGATIVE_INFINITY)];
  }

  /** Every story's publication time; those still ahead become changes when they arrive. */
  setPublishTimes(times: readonly number[]) {
    this.publishTimes = [...times].sort((a, b) => a - b);
  }

  lastChangeAt(now: number): number {
    return Math.max(
      ...[this.changes, this.publishTimes].flatMap((times) => [
        latestAtOrBefore(times, now),
        latestAtOrBefore(times, now - RENDER_GRACE_MS) + RENDER_GRACE_MS,
      ]),
    );
  }
}
