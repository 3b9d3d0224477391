'use client';

import { useSyncExternalStore } from 'react';
import type { Locale } from '@/i18n/routing';
import { dateLineParts, dayKey, fillTemplate } from '@/lib/dates/display-dates';
import { MixedText } from '../mixed-text';

interface DateLineProps {
  locale: Locale;
  timeZone: string;
  /** The message template, e.g. "{weekday} {day} {month} / {monthLatin} {year}". */
  template: string;
  /** The day the server rendered, as YYYY-MM-DD in `timeZone`. */
  renderedDay: string;
  renderedText: string;
  /** Where the line sits in the header and whether it may wrap. */
  className: string;
}

const CHECK_EVERY_MS = 60_000;

function subscribeToClock(onChange: () => void) {
  const timer = setInterval(onChange, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}

/**
 * Today's date as rendered on the server. A cached page can outlive its day, so the browser
 * rewrites the line when the day in the site's time zone differs (also at midnight on an open
 * page); the line keeps its box, so nothing moves.
 */
export function DateLine({
  locale,
  timeZone,
  template,
  renderedDay,
  renderedText,
  className,
}: DateLineProps) {
  const today = useSyncExternalStore(
    subscribeToClock,
    () => dayKey(new Date(), timeZone),
    () => renderedDay,
  );
  const text =
    today === renderedDay
      ? renderedText
      : fillTemplate(template, { ...dateLineParts(new Date(), locale, timeZone) });

  return (
    <time dateTime={today} className={`block min-h-[1lh] ${className}`}>
      <MixedText text={text} locale={locale} />
    </time>
  );
}
