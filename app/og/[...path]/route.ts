import { ogCardResponse } from '@/lib/og/serve-og-card';

// Drawn on a card's first request and read from the kept file after (lib/og/og-card-image.ts).
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/og/[...path]'>) {
  return ogCardResponse((await params).path);
}
