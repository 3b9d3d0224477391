import type { ServerResponse } from 'node:http';
import { routing, type Locale } from '@/i18n/routing';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { plainPage, type PlainSection } from './plain-page';

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
  503: (m) => m.RequestError.starting,
};

function sectionFor(locale: Locale, status: number): PlainSection {
  const messages = MESSAGES[locale];
  const { title, body } = (TEXT[status] ?? ((m: Messages) => m.ErrorPage))(messages);
  return { locale, title, lines: [body], homeLabel: messages.NotFound.backHome };
}

/**
 * A complete page for an error status, in Arabic first and then English, for answers the site
 * makes without rendering the app: bad addresses, unknown locales, refused methods and bodies.
 */
export function statusPage(status: number): string {
  const [first = routing.defaultLocale, ...others] = routing.locales;
  return plainPage(`${status} · ${MESSAGES[first].Metadata.siteName}`, [
    sectionFor(first, status),
    ...others.map((other) => sectionFor(other, status)),
  ]);
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
