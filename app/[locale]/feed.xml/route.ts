import { feedHandler, feedStaticParams } from '@/lib/feeds/feed-route';
import { buildRss, RSS_CONTENT_TYPE } from '@/lib/feeds/rss';

// One static file per locale, written at build; nothing in it depends on the time of the request
// (its build date is the newest article's). Regenerated at most hourly like the pages, so a CDN
// keeps it for an hour (s-maxage=3600), not a year, and a corrected headline reaches readers soon.
export const dynamic = 'force-static';
export const revalidate = 3600;
export const dynamicParams = false;

export const generateStaticParams = feedStaticParams;
export const GET = feedHandler(buildRss, RSS_CONTENT_TYPE);
