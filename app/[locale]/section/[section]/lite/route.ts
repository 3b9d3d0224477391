import { serveLiteListing } from '@/lib/pages/lite/serve-lite';

// Cached like the section's own page: stale as soon as the content changes.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/section/[section]/lite'>,
) {
  const { locale, section } = await params;
  return serveLiteListing(locale, section);
}
