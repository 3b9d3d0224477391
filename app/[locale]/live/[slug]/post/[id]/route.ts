import { servePostAddress } from '@/lib/pages/live/serve-live';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/live/[slug]/post/[id]'>,
) {
  return servePostAddress(params);
}
