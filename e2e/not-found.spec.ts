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
