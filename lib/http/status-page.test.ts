import assert from 'node:assert/strict';
import { test } from 'node:test';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { answerEveryMethod, sendStatusPage, statusPage, statusResponse } from './status-page';

test('a status page is Arabic first, with an English section and a link home in each', () => {
  const html = statusPage(404);
  assert.match(html, /^<!doctype html><html lang="ar" dir="rtl">/);
  assert.match(html, new RegExp(`<h1>${ar.NotFound.title}</h1>`));
  assert.match(html, new RegExp(`<section lang="en" dir="ltr"><h2>${en.NotFound.title}</h2>`));
  assert.match(html, /<a href="\/ar">/);
  assert.match(html, /<a href="\/en">/);
});

test('each status says what went wrong, and an unlisted one falls back to the error text', () => {
  assert.match(statusPage(400), new RegExp(ar.RequestError.badRequest.title));
  assert.match(statusPage(405), new RegExp(en.RequestError.methodNotAllowed.title));
  assert.match(statusPage(412), new RegExp(en.RequestError.preconditionFailed.title));
  assert.match(statusPage(413), new RegExp(en.RequestError.contentTooLarge.title));
  assert.match(statusPage(416), new RegExp(en.RequestError.rangeNotSatisfiable.title));
  assert.match(statusPage(503), new RegExp(ar.RequestError.starting.title));
  assert.match(statusPage(418), new RegExp(en.ErrorPage.title));
});

test('status responses are never cached, and a 405 names the methods allowed', async () => {
  const response = statusResponse(405);
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('allow'), 'GET, HEAD');
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await response.text(), /<h1>/);
  assert.equal(statusResponse(404).headers.get('allow'), null);
});

test('a route answering every method gives reads their status and refuses the rest', () => {
  const route = answerEveryMethod(413, { connection: 'close' });
  const read = route.GET(new Request('http://x/', { method: 'GET' }));
  assert.equal(read.status, 413);
  assert.equal(read.headers.get('connection'), 'close');
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
    assert.equal(route[method](new Request('http://x/', { method })).status, 405, method);
  }
});

test('the page Next.js renders for its own errors is written with its status, uncached', () => {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  let written = '';
  res.end = ((chunk: string) => {
    written = chunk;
    return res;
  }) as typeof res.end;
  sendStatusPage(res, 416);
  assert.equal(res.statusCode, 416);
  assert.equal(res.getHeader('cache-control'), 'no-store');
  assert.match(written, new RegExp(en.RequestError.rangeNotSatisfiable.title));
});
