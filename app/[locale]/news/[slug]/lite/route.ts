import { serveLiteStory } from '@/lib/pages/lite/serve-lite';

// Rendered on the first request and cached like the story page (stale once the content changes,
// lib/cache/content-cache-handler.mjs); a 404 or 410 is never cached.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/news/[slug]/lite'>,
) {
  const { locale, slug } = await params;
  return serveLiteStory(locale, slug);
}
