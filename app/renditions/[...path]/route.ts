import { answerEveryMethod } from '@/lib/http/status-page';
import { renditionResponse } from '@/lib/pages/serve-rendition';

// Reached through the rewrite of /_img/* in next.config.mjs (a folder named _img would be private
// to the App Router). The request keeps the URL the client asked for, so a rendition has one
// address: /renditions/... itself names nothing (parseRenditionPath wants /_img/).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return renditionResponse(request, new URL(request.url).pathname);
}

// The site only reads: 405 with `Allow: GET, HEAD`, as for the files under public/ (OPTIONS would
// otherwise get Next.js's automatic 204).
export const { POST, PUT, DELETE, PATCH, OPTIONS } = answerEveryMethod(405);
