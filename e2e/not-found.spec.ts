import { expect, test } from '@playwright/test';

const cases = [
  {
    path: '/ar/news/' + encodeURIComponent('خبر-غير-موجود'),
    lang: 'ar',
    heading: 'لم نجد هذه الصفحة',
  },
  { path: '/en/news/no-such-story', lang: 'en', heading: 'We could not find this page' },
  { path: '/ar/no/such/page', lang: 'ar', heading: 'لم نجد هذه الصفحة' },
];

for (const { path, lang, heading } of cases) {
  test(`${path} answers 404 with a localized page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('main a[href$="/' + lang + '"]')).toBeVisible();
  });
}

for (const path of ['/fr', '/fr/news/anything', '/ar-IQ', '/xx/section/politics']) {
  test(`${path} (a locale we do not publish) answers 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.locator('h1')).toHaveText('لم نجد هذه الصفحة');
  });
}

// Next.js 16.3+ writes a notFound() page into its script payload only: without JavaScript the
// reader saw a blank page. The HTML itself must say it.
for (const [path, heading] of [
  ['/ar/news/' + encodeURIComponent('خبر-غير-موجود'), 'لم نجد هذه الصفحة'],
  ['/en/news/no-such-story', 'We could not find this page'],
  ['/ar/section/sports', 'لم نجد هذه الصفحة'],
  ['/ar/section/politics/page/999', 'لم نجد هذه الصفحة'],
  ['/en/tag/no-such-tag', 'We could not find this page'],
  ['/ar/no/such/page', 'لم نجد هذه الصفحة'],
] as const) {
  test(`${path} says it is not found in its HTML, before any script`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).not.toContain('__next_error__');
    expect(response.headers()['cache-control']).toMatch(/max-age=\d{1,2}\b/);
  });
}
