import { feedHandler, feedStaticParams } from '@/lib/pages/feed-route';
import { buildRss, RSS_CONTENT_TYPE } from '@/lib/seo/feeds/rss';

// One cached file per locale; nothing in it depends on the time of the request (its build date is
// the newest article's). Stale as soon as the content changes, and kept by a CDN as briefly as
// the pages (s-maxage=30), so a corrected headline reaches feed readers within a minute.
export const dynamic = 'force-static';
export const revalidate = 30;
export const dynamicParams = false;

export const generateStaticParams = feedStaticParams;
export const GET = feedHandler(buildRss, RSS_CONTENT_TYPE);
