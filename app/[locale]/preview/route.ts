import { draftMode } from 'next/headers';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { isPreviewSecret } from '@/lib/site/preview-secret';
import { articlePath, homePath } from '@/lib/site/urls';

export const dynamic = 'force-dynamic';

/** Turns Draft Mode on for an editor who knows PREVIEW_SECRET, then opens the story. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/preview'>) {
  const { locale } = await params;
  const query = new URL(request.url).searchParams;
  // Anyone else gets the 404 any unknown address gets: nothing says a preview exists.
  if (!hasLocale(routing.locales, locale) || !isPreviewSecret(query.get('secret'))) {
    return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  (await draftMode()).enable();
  const slug = query.get('slug');
  const location = slug ? articlePath(locale, slug) : homePath(locale);
  return new Response(null, {
    status: 307,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  });
}
