import type { NextPageContext } from 'next';
import { sendStatusPage } from '@/lib/http/status-page';

/**
 * The methods the Fetch API's Request refuses to carry. Next.js builds one for every route
 * handler (the renditions and cards are routes), so a TRACE there throws before the route runs
 * and arrived here as a 500; the site only reads, so it is the client's 405.
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Next.js answers some requests itself, before any route of the app runs: a method other than GET
 * or HEAD on a file (405), an unsatisfiable Range (416), a failed If-Match or
 * If-Unmodified-Since (412). It renders those with the Pages Router's error page, which an App
 * Router build does not have, so every one of them came out as a 500 (vercel/next.js#92141).
 * This page writes the site's own status page for them; it renders nothing with React and sends
 * no script.
 */
function StatusError() {
  return null;
}

StatusError.getInitialProps = ({ req, res }: NextPageContext) => {
  if (!res) return {};
  const method = req?.method?.toUpperCase() ?? '';
  sendStatusPage(res, FORBIDDEN_METHODS.has(method) ? 405 : res.statusCode);
  return {};
};

export default StatusError;
