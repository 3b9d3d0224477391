import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { rawRequest } from './support/raw-request';

// What whoever runs the servers asks each of them (README, Two servers); lib/content/health.ts.
const Health = z.strictObject({
  status: z.enum(['ok', 'starting']),
  stories: z.number().int().nonnegative(),
  lastChangeAt: z.iso.datetime().nullable(),
  lastCheckAt: z.iso.datetime().nullable(),
  watch: z.strictObject({
    mode: z.enum(['events', 'polling', 'off']),
    reason: z.string().optional(),
  }),
  problems: z.array(z.string()),
});

/** Story files in the site's content folder, which the test build serves. */
function storyFiles(): number {
  const folder = path.join(process.cwd(), 'content', 'articles');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.md'),
  ).length;
}

test('/healthz: ok with the content it serves, as JSON nobody keeps or indexes', async ({
  request,
}) => {
  const response = await request.get('/healthz', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toMatch(/^application\/json/);
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['x-robots-tag']).toBe('noindex');
  const health = Health.parse(await response.json());
  expect(health.status).toBe('ok');
  expect(health.stories).toBe(storyFiles());
  expect(health.lastCheckAt).not.toBeNull();
  expect(health.watch.mode).toBe('events');
  expect(health.problems).toEqual([]);
});

test('/healthz: HEAD answers the same without a body; other methods get 405', async ({
  baseURL,
}) => {
  const head = await rawRequest(baseURL!, '/healthz', 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect(head.headers['cache-control']).toBe('no-store');
  for (const method of ['OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST']) {
    const answer = await rawRequest(baseURL!, '/healthz', method);
    expect(answer.status, method).toBe(405);
    expect(answer.headers.allow, method).toBe('GET, HEAD');
  }
  // A body is refused before any route sees it, as everywhere on the site: 413 on a read.
  const withBody = await rawRequest(baseURL!, '/healthz', 'GET', { body: '{}' });
  expect(withBody.status).toBe(413);
});

test('/healthz is one address: not under a locale, not in the sitemap', async ({ request }) => {
  expect((await request.get('/ar/healthz', { maxRedirects: 0 })).status()).toBe(404);
  const slash = await request.get('/healthz/', { maxRedirects: 0 });
  expect(slash.status()).toBe(308);
  expect(slash.headers().location).toMatch(/\/healthz$/);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('healthz');
});
