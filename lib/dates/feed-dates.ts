/**
 * Dates for feeds and sitemaps. Content dates are ISO 8601 strings with an offset
 * (lib/content/schema.ts); they are written out in the article's own offset, never shifted to UTC,
 * so a feed says 11:40 +03:00 exactly as the page does.
 */
import { parseDateTime, type WallClock } from './date-time';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

function wallClock(value: string | Date): WallClock {
  const written = typeof value === 'string' ? parseDateTime(value) : null;
  if (written) return written;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: two(date.getUTCHours()),
    minute: two(date.getUTCMinutes()),
    second: two(date.getUTCSeconds()),
    offset: 'Z',
  };
}

/** RFC 3339 (sitemaps, Google News, Atom): `2021-01-22T11:40:00+03:00`. */
export function toRfc3339(value: string | Date): string {
  const t = wallClock(value);
  const date = `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
  return `${date}T${t.hour}:${t.minute}:${t.second}${t.offset}`;
}

/** RFC 822 with a four-digit year, as RSS 2.0 wants: `Fri, 22 Jan 2021 11:40:00 +0300`. */
export function toRfc822(value: string | Date): string {
  const t = wallClock(value);
  const weekday = WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()]!;
  const month = MONTHS[t.month - 1]!;
  const zone = t.offset === 'Z' ? '+0000' : t.offset.replace(':', '');
  return `${weekday}, ${String(t.day).padStart(2, '0')} ${month} ${t.year} ${t.hour}:${t.minute}:${t.second} ${zone}`;
}

/** The latest of some ISO dates, as written; undefined for none. */
export function latest(values: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const value of values) {
    if (best === undefined || Date.parse(value) > Date.parse(best)) best = value;
  }
  return best;
}
