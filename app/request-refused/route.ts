import { answerEveryMethod } from '@/lib/http/status-page';

// next.config.mjs rewrites here every request that carries a body, before the proxy or a page
// could buffer it: the site takes none. The body is never read, and the connection closes with
// the answer, so a slow upload ends there.
export const dynamic = 'force-dynamic';
export const { GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS } = answerEveryMethod(413, {
  connection: 'close',
});
