import { contentHealth } from '@/lib/content/health';
import { answerEveryMethod } from '@/lib/http/status-page';

// Asked of each `next start` process by whatever runs it (README, Two servers): 503 until the
// process has read the content, so no reader is sent to one that would answer from nothing.
export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await contentHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    // A copy would report a process that may have died since; and it is no page for search.
    headers: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
  });
}

// HEAD is Next.js's own (GET without the body); the rest get the site's 405.
export const { POST, PUT, DELETE, PATCH, OPTIONS } = answerEveryMethod(405);
