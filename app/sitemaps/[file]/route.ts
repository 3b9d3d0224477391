import { serveSitemapFile } from '@/lib/pages/serve-sitemap-file';

// Each file is rendered on its first request and cached like the pages it lists; one the archive
// does not have yet answers 404, which is never cached (lib/cache/content-cache-handler.mjs).
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveSitemapFile((await params).file);
}
