/**
 * The one date-time shape content files use: ISO 8601 with the offset written out, seconds optional,
 * e.g. `2021-01-22T11:40+03:00`. The schema accepts only this; feeds read it back to keep the offset.
 */
const DATE_TIME_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A date-time as its author wrote it, in its own offset. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
  second: string;
  /** `Z` or `+03:00` */
  offset: string;
}

/** The parts of a content date-time, or null when the string is not one or names no real day. */
export function parseDateTime(value: string): WallClock | null {
  const match = DATE_TIME_WITH_OFFSET.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  return {
    year,
    month,
    day,
    hour: match[4]!,
    minute: match[5]!,
    second: match[6] ?? '00',
    offset: match[7]!,
  };
}
