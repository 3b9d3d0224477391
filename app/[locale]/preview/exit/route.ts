import { draftMode } from 'next/headers';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { homePath } from '@/lib/site/urls';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/preview/exit'>) {
  const { locale } = await params;
  (await draftMode()).disable();
  const home = homePath(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
  return new Response(null, {
    status: 307,
    headers: { Location: home, 'Cache-Control': 'no-store' },
  });
}
