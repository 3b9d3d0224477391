import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { overflowReport } from './support/overflow';
import { AR_PATH, EN_PATH, seed, squash } from './support/seed';

/**
 * The lite pages: for readers on slow or metered networks, every story's whole text
 * with no script, no web font and no stylesheet to fetch. JavaScript is off throughout: these
 * pages must not need it.
 */
test.use({ javaScriptEnabled: false });

/** The ceiling (20 KB) for everything the seed article's lite page makes the browser fetch. */
const LITE_BYTES = 20 * 1024;

const LITE_PATH = `${AR_PATH}/lite`;

test('the seed story in full, with its picture, caption, credit and sources, and no script', async ({
  page,
}) => {
  const response = await page.goto(LITE_PATH);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(seed.headline);
  const text = squash((await page.locator('main').textContent()) ?? '');
  expect(text).toContain(squash(seed.standfirst));
  for (const line of [...seed.paragraphs, ...seed.subheadings])
    expect(text).toContain(squash(line));
  expect(text).toContain(squash(seed.caption));
  expect(text).toContain(seed.credit);
  expect(text).toContain(`${seed.sourcesLabel} ${seed.sources}`);
  await expect(page.getByRole('img', { name: seed.imageAlt })).toBeVisible();
  // Nothing is folded behind "continue reading".
  expect(text).not.toContain(seed.continueReading);
});

test('search engines are sent to the full page, and the two pages link each other', async ({
  page,
}) => {
  await page.goto(LITE_PATH);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe(AR_PATH);
  await page.getByRole('link', { name: 'النسخة الكاملة' }).click();
  await expect(page).toHaveURL(new RegExp(`${AR_PATH}$`));
  await page.getByRole('link', { name: 'نسخة خفيفة' }).click();
  await expect(page).toHaveURL(new RegExp(`${LITE_PATH}$`));
});

test('everything it fetches stays within 20 KB', async ({ page }) => {
  const fetched: string[] = [];
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then((body) => {
        // The document as gzip sends it (level 6, whatever the server did); pictures as they are.
        const isDocument = response.request().resourceType() === 'document';
        const size = isDocument ? gzipSync(body, { level: 6 }).length : body.length;
        total += size;
        fetched.push(`${size} ${new URL(response.url()).pathname}`);
      }),
    );
  });
  await page.goto(LITE_PATH, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  expect(fetched.length, fetched.join('\n')).toBe(2);
  expect(total, fetched.join('\n')).toBeLessThanOrEqual(LITE_BYTES);
});

test('it reads with pictures off and fits the narrowest screen', async ({ page }) => {
  await page.route(/\/_img\//, (route) => route.abort());
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(LITE_PATH);
  await expect(page.locator('h1')).toHaveText(seed.headline);
  const report = await overflowReport(page);
  expect(report.offenders).toEqual([]);
  expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
});

test('"read also", the lite home and a lite section page lead to lite stories', async ({
  page,
  request,
}) => {
  await page.goto(LITE_PATH);
  const related = page.locator('main ul a');
  expect(await related.count()).toBeGreaterThan(0);
  for (const href of await related.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')!),
  )) {
    expect(href).toMatch(/^\/ar\/news\/[^/]+\/lite$/);
    expect((await request.get(href)).status()).toBe(200);
  }
  await page.getByRole('link', { name: 'الرواق' }).click();
  await expect(page).toHaveURL(/\/ar\/lite$/);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator(`main ol a[href="${LITE_PATH}"]`)).toHaveCount(1);
  await page.locator('nav a', { hasText: 'سياسة' }).click();
  await expect(page).toHaveURL(/\/ar\/section\/politics\/lite$/);
  await expect(page.locator('h1')).toHaveText('سياسة');
  await expect(page.locator(`main ol a[href="${LITE_PATH}"]`)).toHaveCount(1);
});

test('the English lite page reads left to right and links its Arabic original', async ({
  page,
}) => {
  const response = await page.goto(`${EN_PATH}/lite`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('header a[hreflang="ar"]')).toHaveAttribute('href', LITE_PATH);
});

test('a lite page of no story is the localized 404', async ({ request }) => {
  const response = await request.get(`/ar/news/${encodeURIComponent('لا-يوجد')}/lite`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('لم نجد هذه الصفحة');
  expect((await request.get('/ar/section/sports/lite')).status()).toBe(404);
});
