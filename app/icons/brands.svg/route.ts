import { brandSprite } from '@/lib/site/brand-icons';

export const dynamic = 'force-static';

export function GET() {
  return new Response(brandSprite(), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
