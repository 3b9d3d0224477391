import type { Locale } from '@/i18n/routing';
import { INTL_LOCALE } from '@/lib/site/intl-locale';

export interface DateLineParts {
  weekday: string;
  day: string;
  month: string;
  monthLatin: string;
  year: string;
}

function partsOf(
  date: Date,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
) {
  const parts = new Intl.DateTimeFormat(locale, { ...options, timeZone }).formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
}

export function dateLineParts(now: Date, locale: Locale, timeZone: string): DateLineParts {
  const local = partsOf(now, INTL_LOCALE[locale], timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const latin = partsOf(now, INTL_LOCALE.en, timeZone, { month: 'long' });
  return {
    weekday: local('weekday'),
    day: local('day'),
    month: local('month'),
    monthLatin: latin('month'),
    year: local('year'),
  };
}

/** Fills a message such as "{weekday} {day} {month} / {monthLatin} {year}". */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The calendar day in a time zone, as YYYY-MM-DD. */
export function dayKey(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA-u-nu-latn-ca-gregory', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A publication time for people: "22 يناير 2021 في 11:40", "22 January 2021 at 11:40". */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** Whole calendar years from `publishedAt` to `now` in `timeZone` (0 for under a year). */
export function yearsSince(publishedAt: string, now: Date, timeZone: string): number {
  const [fromYear, fromMonth, fromDay] = dayKey(new Date(publishedAt), timeZone)
    .split('-')
    .map(Number);
  const [toYear, toMonth, toDay] = dayKey(now, timeZone).split('-').map(Number);
  const beforeAnniversary = toMonth! < fromMonth! || (toMonth === fromMonth && toDay! < fromDay!);
  return Math.max(0, toYear! - fromYear! - (beforeAnniversary ? 1 : 0));
}
