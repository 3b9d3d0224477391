/**
 * Publication times of a generated corpus: newest first from a fixed reference, spread over 20
 * years whatever the size of the corpus, each story strictly older than the one before it.
 */
const OFFSET = '+03:00';
const OFFSET_MS = 3 * 3_600_000;
const MINUTE = 60_000;

/** The newest a generated story can be; before 2026-12-01 so that no story is in the future. */
export const REFERENCE_TIME = Date.parse(`2026-11-30T09:00:00${OFFSET}`);
const SPAN_MS = 20 * 365.25 * 24 * 3_600_000;

/**
 * Story `index` of `count`, with `jitter` in [0, 1): each story keeps at least a fifth of its
 * share of the span from its neighbours, so the order by date is the order by index, and rounding
 * to the minute never ties two stories in any corpus under a million or so.
 */
export function publishedTime(index: number, count: number, jitter: number): number {
  const step = SPAN_MS / count;
  return Math.round((REFERENCE_TIME - (index + 0.8 * jitter) * step) / MINUTE) * MINUTE;
}

/** ISO 8601 at the Arab world's most common offset, as editors write it: 2021-01-22T11:40:00+03:00. */
export function formatTime(time: number): string {
  return `${new Date(time + OFFSET_MS).toISOString().slice(0, 19)}${OFFSET}`;
}

/** Day of the week (0 for Sunday) and year where the story was published. */
export function localDay(time: number): { weekday: number; year: number } {
  const local = new Date(time + OFFSET_MS);
  return { weekday: local.getUTCDay(), year: local.getUTCFullYear() };
}
