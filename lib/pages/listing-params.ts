import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { parsePageParam } from '@/lib/util/pagination';
import { decodeSlugParam } from '@/lib/util/slug-param';

/** Locale, decoded name and page number from a listing route's params; null for a 404. */
export function readListingParams(params: {
  locale: string;
  name: string;
  page?: string;
}): { locale: Locale; name: string; page: number } | null {
  const name = decodeSlugParam(params.name);
  const page = params.page === undefined ? 1 : parsePageParam(params.page);
  // Page 1 lives at the listing's own address, never at /page/1.
  if (!hasLocale(routing.locales, params.locale) || name === null || page === null) return null;
  if (params.page !== undefined && page < 2) return null;
  return { locale: params.locale, name, page };
}
