import { answerEveryMethod } from '@/lib/http/status-page';
import { ogCardResponse } from '@/lib/pages/serve-og-card';

// Drawn on a card's first request and read from the kept file after (lib/og/og-card-image.ts).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/og/[...path]'>) {
  return ogCardResponse(request, (await params).path);
}

// The site only reads: 405 with `Allow: GET, HEAD`, as for the files under public/ (OPTIONS would
// otherwise get Next.js's automatic 204).
export const { POST, PUT, DELETE, PATCH, OPTIONS } = answerEveryMethod(405);
