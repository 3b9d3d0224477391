/**
 * What a page downloads, by kind, read from Chromium's network events through Playwright:
 * raw bytes (decoded body) and gzip bytes (the same body gzipped here at level 6, so figures do
 * not depend on the server's compression), and the request count.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS as TEST_CHROMIUM_FLAGS, findChromium } from '../../e2e/support/chromium';

const KINDS = ['html', 'js', 'css', 'font', 'image', 'other'] as const;
type Kind = (typeof KINDS)[number];

interface ByteRow {
  raw: number;
  gzip: number;
  requests: number;
}

export type PageBytes = Record<Kind, ByteRow> & {
  total: ByteRow;
  urls: { url: string; kind: Kind; raw: number; gzip: number }[];
};

export const VIEWPORTS = {
  // Lighthouse's mobile device (Moto G Power), so the same image rendition is chosen.
  mobile: {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  },
  desktop: {
    viewport: { width: 1350, height: 940 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
} as const;

export const CHROMIUM = process.env.CHROME_PATH ?? findChromium() ?? '/usr/bin/chromium';
// The test suite's flags, plus --headless for Lighthouse's own launcher.
export const CHROMIUM_FLAGS = ['--headless', ...TEST_CHROMIUM_FLAGS];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: TEST_CHROMIUM_FLAGS });
}

function kindOf(resourceType: string, url: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image' || /\.(avif|webp|jpe?g|png|svg)(\?|$)/.test(url)) return 'image';
  return 'other';
}

export async function measurePage(
  browser: Browser,
  url: string,
  viewport: keyof typeof VIEWPORTS,
): Promise<PageBytes> {
  const context = await browser.newContext({ ...VIEWPORTS[viewport] });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const urls: PageBytes['urls'] = [];
  page.on('response', (response) => {
    const request = response.request();
    pending.push(
      response
        .body()
        .then((body) => {
          urls.push({
            url: response.url(),
            kind: kindOf(request.resourceType(), response.url()),
            raw: body.length,
            gzip: gzipSync(body, { level: 6 }).length,
          });
        })
        .catch(() => {
          urls.push({
            url: response.url(),
            kind: kindOf(request.resourceType(), response.url()),
            raw: 0,
            gzip: 0,
          });
        }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scroll to the end so lazy images and viewport prefetches happen as they would for a reader.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  const empty = (): ByteRow => ({ raw: 0, gzip: 0, requests: 0 });
  const result = Object.fromEntries(
    [...KINDS, 'total'].map((kind) => [kind, empty()]),
  ) as unknown as PageBytes;
  for (const entry of urls) {
    for (const row of [result[entry.kind], result.total]) {
      row.raw += entry.raw;
      row.gzip += entry.gzip;
      row.requests += 1;
    }
  }
  result.urls = urls.sort((a, b) => b.gzip - a.gzip);
  return result;
}
