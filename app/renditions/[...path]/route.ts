import { RENDITIONS_PREFIX } from '@/lib/images';
import { renditionResponse } from '@/lib/media/serve-rendition';

// Reached through the rewrite of /_img/* in next.config.mjs (a folder named _img would be private
// to the App Router). Rendered on a rendition's first request and read from the kept file after.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/renditions/[...path]'>) {
  return renditionResponse(`${RENDITIONS_PREFIX}/${(await params).path.join('/')}`);
}
