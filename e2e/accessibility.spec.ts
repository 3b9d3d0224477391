import { expect, test } from '@playwright/test';
import { COLOR_SCHEMES, expectNoAxeViolations } from './support/axe';
import { AR_PATH, EN_PATH } from './support/seed';

// The status is checked first: an error page served in place of the page would pass axe too.
const pages = [
  { path: AR_PATH, status: 200 },
  { path: EN_PATH, status: 200 },
  { path: '/ar', status: 200 },
  { path: '/en', status: 200 },
  { path: '/ar/section/politics', status: 200 },
  { path: '/en/section/politics', status: 200 },
  { path: `/ar/tag/${encodeURIComponent('العراق')}`, status: 200 },
  { path: '/en/tag/Iraq', status: 200 },
  { path: `${AR_PATH}/lite`, status: 200 },
  { path: `${EN_PATH}/lite`, status: 200 },
  { path: '/ar/lite', status: 200 },
  { path: `/ar/search?q=${encodeURIComponent('الكاظمي بغداد')}`, status: 200 },
  { path: '/en/search?q=Baghdad', status: 200 },
  { path: '/ar/search', status: 200 },
  { path: '/ar/news/missing', status: 404 },
  { path: '/en/news/missing', status: 404 },
  // Outside any locale and skipped by the proxy (it has a file extension): app/not-found.tsx.
  { path: '/no-such-file.txt', status: 404, shows: 'We could not find this page' },
];

for (const { path, status, shows } of pages) {
  for (const colorScheme of COLOR_SCHEMES) {
    test(`${decodeURIComponent(path)} (${colorScheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      expect((await page.goto(path))?.status()).toBe(status);
      if (shows) await expect(page.getByText(shows)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

/**
 * The error page (app/[locale]/error.tsx) of the production build. Pages are prerendered, so no
 * request makes a server component throw; a client component that throws while rendering is
 * what the boundary is there for. The header's date line formats today's date in the browser
 * once hydrated, so breaking Intl.DateTimeFormat#format makes it throw, and the real boundary
 * replaces the page with its real markup and styles.
 */
for (const [locale, heading] of [
  ['ar', 'حدث خطأ أثناء عرض الصفحة'],
  ['en', 'Something went wrong showing this page'],
] as const) {
  for (const colorScheme of COLOR_SCHEMES) {
    test(`the ${locale} error page (${colorScheme}) has no axe violations`, async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
          get() {
            throw new Error('a client component failed while rendering');
          },
        });
      });
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}`);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoAxeViolations(page);
    });
  }
}
