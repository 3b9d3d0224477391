import { ATOM_CONTENT_TYPE, buildAtom } from '@/lib/seo/feeds/atom';
import { feedHandler, feedStaticParams } from '@/lib/pages/feed-route';

// Static per locale and cached like the RSS feed beside it.
export const dynamic = 'force-static';
export const revalidate = 30;
export const dynamicParams = false;

export const generateStaticParams = feedStaticParams;
export const GET = feedHandler(buildAtom, ATOM_CONTENT_TYPE);
