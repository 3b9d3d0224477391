import { serveUpdates } from '@/lib/pages/live/serve-live';

export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  { params }: RouteContext<'/[locale]/live/[slug]/updates'>,
) {
  return serveUpdates(request, params);
}
