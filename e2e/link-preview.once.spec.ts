import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { PREVIEW_CLIENTS, PREVIEW_USER_AGENTS } from './support/preview-clients';
import { AR_PATH, EN_PATH, seed } from './support/seed';
import { canonical } from './support/site';

const WHATSAPP_IMAGE_LIMIT = 300 * 1024;

const pages = [
  { path: AR_PATH, title: seed.headline, description: seed.standfirst },
  {
    path: EN_PATH,
    title: 'Kadhimi: Baghdad bombings a security breach we will not allow to happen again',
    description: /^Iraqi prime minister: There is no room for favouritism/,
  },
];

/** Link previews fetch the image themselves: it must answer, be an image, and be small. */
async function checkPreviewImage(imageUrl: string) {
  const response = await fetch(imageUrl);
  expect(response.status, imageUrl).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^image\/(jpeg|png)$/);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.length).toBeLessThan(WHATSAPP_IMAGE_LIMIT);
  const { width, height } = await sharp(bytes).metadata();
  expect([width, height]).toEqual([1200, 630]);
}

test.describe('link previews', () => {
  for (const { path, title, description } of pages) {
    for (const [agent, userAgent] of Object.entries(PREVIEW_USER_AGENTS)) {
      test(`${decodeURIComponent(path)} as ${agent}: every tag in <head>, within 32 KB`, async ({
        request,
      }) => {
        const response = await request.get(path, { headers: { 'user-agent': userAgent } });
        expect(response.status()).toBe(200);
        const html = await response.text();
        const headEnd = html.indexOf('</head>');
        expect(headEnd).toBeGreaterThan(0);
        expect(Buffer.byteLength(html.slice(0, headEnd))).toBeLessThan(32 * 1024);
        const head = html.slice(0, headEnd);
        for (const tag of [
          '<title>',
          'name="description"',
          'rel="canonical"',
          'property="og:title"',
          'property="og:description"',
          'property="og:url"',
          'property="og:type" content="article"',
          'property="og:site_name"',
          'property="og:locale"',
          'property="og:locale:alternate"',
          'property="og:image"',
          'property="og:image:width" content="1200"',
          'property="og:image:height" content="630"',
          'property="og:image:alt"',
          'property="og:image:type"',
          'property="article:published_time"',
          'property="article:modified_time"',
          'property="article:section"',
          'property="article:tag"',
          'name="twitter:card" content="summary_large_image"',
          'name="twitter:title"',
          'name="twitter:description"',
          'name="twitter:image"',
          'name="twitter:image:alt"',
          'name="theme-color"',
          'max-image-preview:large',
          'hrefLang="x-default"',
          'type="application/rss+xml"',
          'type="application/atom+xml"',
        ]) {
          expect(head, tag).toContain(tag);
        }
        // Nothing of the metadata may be left to stream into <body>.
        expect(html.slice(headEnd)).not.toContain('property="og:');
      });
    }

    for (const [client, preview] of Object.entries(PREVIEW_CLIENTS)) {
      test(`${client} unfurls ${decodeURIComponent(path)} for every user agent`, async ({
        baseURL,
      }) => {
        for (const userAgent of Object.values(PREVIEW_USER_AGENTS)) {
          const result = await preview(baseURL + path, userAgent);
          expect(result.title, userAgent).toBe(title);
          if (typeof description === 'string') expect(result.description).toBe(description);
          else expect(result.description).toMatch(description);
          expect(result.url, userAgent).toBe(canonical(path));
          expect(result.image, userAgent).toMatch(/^https?:\/\//);
          await checkPreviewImage(result.image!);
        }
      });
    }
  }
});
