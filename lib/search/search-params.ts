import type { Locale } from '@/i18n/routing';
import { isSection, type Section } from '@/lib/content/sections';
import { parseQuery, type ParsedQuery } from '@/lib/full-text/query';
import { searchPath } from '@/lib/site/urls';

export interface SearchParams {
  query: ParsedQuery;
  section: Section | null;
  /** Calendar days, YYYY-MM-DD, in the site's time zone; either may be open. */
  from: string | null;
  to: string | null;
  page: number;
}

type Raw = Record<string, string | string[] | undefined>;

/** Only the first of a repeated parameter counts. */
const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

function day(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

/** The search page's query string, read leniently: what makes no sense is left out, never an error. */
export function readSearchParams(raw: Raw): SearchParams {
  const section = first(raw.section);
  const page = Number(first(raw.page));
  let from = day(first(raw.from));
  let to = day(first(raw.to));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    query: parseQuery(first(raw.q)),
    section: isSection(section) ? section : null,
    from,
    to,
    page: Number.isInteger(page) && page >= 1 && page <= 1_000 ? page : 1,
  };
}

/** Midnight starting `day` in `timeZone`, in milliseconds. */
export function dayStart(day: string, timeZone: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  // The zone's offset at that moment, read back from how the zone writes it.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return utc - (shown - utc);
}

/** The address of a search, with only the parameters that are set. */
export function searchHref(locale: Locale, params: Omit<SearchParams, 'query'> & { q: string }) {
  const query = new URLSearchParams();
  query.set('q', params.q);
  if (params.section) query.set('section', params.section);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (params.page > 1) query.set('page', String(params.page));
  return `${searchPath(locale)}?${query}`;
}
