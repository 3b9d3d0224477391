import { localeDirection, type Locale } from '@/i18n/routing';
import { escapeHtml } from '@/lib/http/plain-page';
import { splitLatinRuns } from '@/lib/util/latin-runs';

/** Escaped text; on right-to-left pages each Latin run gets lang="en", as MixedText does. */
export function mixedText(text: string, locale: Locale): string {
  if (localeDirection[locale] !== 'rtl') return escapeHtml(text);
  return splitLatinRuns(text)
    .map((run) =>
      run.latin ? `<span lang="en">${escapeHtml(run.text)}</span>` : escapeHtml(run.text),
    )
    .join('');
}

/** An attribute value: quotes and markup escaped. */
export const attr = (value: string) => escapeHtml(value);
