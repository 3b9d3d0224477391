import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { openSearchResponse } from '@/lib/search/opensearch';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/opensearch.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not Found', { status: 404 });
  return openSearchResponse(locale);
}
