import type { ServerResponse } from 'node:http';
import { localeDirection, routing, type Locale } from '@/i18n/routing';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { homePath } from '@/lib/urls';

const MESSAGES = { ar, en } satisfies Record<Locale, unknown>;

type Messages = typeof ar;
type Text = { title: string; body: string };

/** The message for each status the site answers with a page of its own. */
const TEXT: Record<number, (messages: Messages) => Text> = {
  400: (m) => m.RequestError.badRequest,
  404: (m) => m.NotFound,
  405: (m) => m.RequestError.methodNotAllowed,
  412: (m) => m.RequestError.preconditionFailed,
  413: (m) => m.RequestError.contentTooLarge,
  416: (m) => m.RequestError.rangeNotSatisfiable,
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

// Pages answered before or outside the app's own layout: no stylesheet of the site's is linked
// (its file names change with every build), so its colours are repeated here.
const STYLE =
  ':root{color-scheme:light dark}' +
  'body{margin:0;font-family:system-ui,sans-serif;line-height:1.6;' +
  'background:light-dark(#fbfaf7,#15171a);color:light-dark(#1b1d21,#ebe9e4)}' +
  'main{max-width:36rem;margin-block:4rem;margin-inline:auto;padding-inline:1rem}' +
  'a{color:light-dark(#a3161a,#ff8f84)}';

function section(locale: Locale, status: number, heading: 'h1' | 'h2'): string {
  const messages = MESSAGES[locale];
  const { title, body } = (TEXT[status] ?? ((m: Messages) => m.ErrorPage))(messages);
  return (
    `<section lang="${locale}" dir="${localeDirection[locale]}">` +
    `<${heading}>${escapeHtml(title)}</${heading}><p>${escapeHtml(body)}</p>` +
    `<p><a href="${homePath(locale)}">${escapeHtml(messages.NotFound.backHome)}</a></p></section>`
  );
}

/**
 * A complete page for an error status, in Arabic first and then English, for answers the site
 * makes without rendering the app: bad addresses, unknown locales, refused methods and bodies.
 */
export function statusPage(status: number): string {
  const [first, ...others] = routing.locales;
  const locale = first ?? routing.defaultLocale;
  return (
    `<!doctype html><html lang="${locale}" dir="${localeDirection[locale]}"><head>` +
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${status} · ${escapeHtml(MESSAGES[locale].Metadata.siteName)}</title>` +
    `<style>${STYLE}</style></head><body><main>` +
    section(locale, status, 'h1') +
    others.map((other) => section(other, status, 'h2')).join('') +
    '</main></body></html>'
  );
}

/** statusPage as a response nobody caches: the same address may well work tomorrow. */
export function statusResponse(status: number): Response {
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  if (status === 405) headers.set('allow', 'GET, HEAD');
  return new Response(statusPage(status), { status, headers });
}

/** statusPage written straight to a Node.js response, for the Pages Router's error page. */
export function sendStatusPage(res: ServerResponse, status: number) {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (status === 405) res.setHeader('Allow', 'GET, HEAD');
  res.end(statusPage(status));
}

const ROUTE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

/**
 * A route handler for every method Next.js routes, so that none gets Next.js's automatic answer
 * (OPTIONS would get 204); reads get `readStatus`, everything else 405.
 */
export function answerEveryMethod(readStatus: number, headers: Record<string, string> = {}) {
  const answer = (request: Request) => {
    const response = statusResponse(
      request.method === 'GET' || request.method === 'HEAD' ? readStatus : 405,
    );
    for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
    return response;
  };
  return Object.fromEntries(ROUTE_METHODS.map((method) => [method, answer])) as Record<
    (typeof ROUTE_METHODS)[number],
    typeof answer
  >;
}
