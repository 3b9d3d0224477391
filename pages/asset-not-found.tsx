import type { NextPageContext } from 'next';
import { sendStatusPage } from '@/lib/http/status-page';

/**
 * next.config.mjs rewrites here a path under /icons that matched no file, so that the folder's
 * day-long cache is never sent with a 404 (cards and renditions are routes that answer their own
 * 404s), and any other file name outside the locales that nothing answers. A Pages Router page
 * (not a route handler) because Next.js builds pages/_error.tsx only when the Pages Router has a
 * page of its own.
 */
function AssetNotFound() {
  return null;
}

AssetNotFound.getInitialProps = ({ req, res }: NextPageContext) => {
  if (res) sendStatusPage(res, req?.method === 'GET' || req?.method === 'HEAD' ? 404 : 405);
  return {};
};

export default AssetNotFound;
