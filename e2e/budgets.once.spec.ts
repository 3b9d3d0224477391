import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Byte budgets for the Arabic seed article (our JavaScript within 5 KB of a bare Next.js page): JavaScript, CSS and HTML (gzip at level 6
 * of each decoded body, so the figures do not depend on the server's compression) and the font
 * bytes the page actually downloads. The allowances and how they were set live in
 * bench/budgets.json; `npm run bench` measures the same kinds next to a bare Next.js page.
 */
interface Budgets {
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  fontBytes: number;
}

const budgets = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'bench', 'budgets.json'), 'utf8'),
) as { budgets: Budgets };

const SEED_PATH = `/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;

test('the Arabic seed article stays within its byte budgets', async ({ page }) => {
  const measured: Budgets = { jsGzip: 0, cssGzip: 0, htmlGzip: 0, fontBytes: 0 };
  const files: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const key =
      type === 'script'
        ? 'jsGzip'
        : type === 'stylesheet'
          ? 'cssGzip'
          : type === 'document'
            ? 'htmlGzip'
            : type === 'font'
              ? 'fontBytes'
              : null;
    if (!key) return;
    pending.push(
      response.body().then((body) => {
        const size = key === 'fontBytes' ? body.length : gzipSync(body, { level: 6 }).length;
        measured[key] += size;
        files.push(`${key} ${size} ${new URL(response.url()).pathname.slice(0, 80)}`);
      }),
    );
  });
  await page.goto(SEED_PATH, { waitUntil: 'networkidle' });
  await Promise.all(pending);

  const over = (Object.keys(budgets.budgets) as (keyof Budgets)[])
    .filter((key) => measured[key] > budgets.budgets[key])
    .map((key) => `${key}: measured ${kb(measured[key])}, allowed ${kb(budgets.budgets[key])}`);
  expect(
    over,
    `over budget (see bench/budgets.json):\n${over.join('\n')}\n\nfiles:\n${files.join('\n')}`,
  ).toEqual([]);
  // Something was measured at all: a page with no script or style would mean a broken capture.
  expect(measured.jsGzip, 'no JavaScript was captured').toBeGreaterThan(0);
  expect(measured.htmlGzip, 'no HTML was captured').toBeGreaterThan(0);
});
