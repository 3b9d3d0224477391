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
