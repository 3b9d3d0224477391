import { renditionResponse } from '@/lib/media/serve-rendition';

// Reached through the rewrite of /_img/* in next.config.mjs (a folder named _img would be private
// to the App Router). The request keeps the URL the client asked for, so a rendition has one
// address: /renditions/... itself names nothing (parseRenditionPath wants /_img/).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return renditionResponse(new URL(request.url).pathname);
}
