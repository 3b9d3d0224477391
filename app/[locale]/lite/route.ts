import { serveLiteListing } from '@/lib/pages/lite/serve-lite';

// Cached like the home page: stale as soon as the content changes.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite'>) {
  return serveLiteListing((await params).locale, null);
}
