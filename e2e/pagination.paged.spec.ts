import { expect, test } from '@playwright/test';
import { COLOR_SCHEMES, expectNoAxeViolations } from './support/axe';

/**
 * Runs against a build of e2e/fixtures/paged-content: 21 stories a language, all in politics and
 * tagged Iraq, one a day, so each list has a second page holding the oldest story alone.
 */
const listings = [
  { first: '/ar/section/politics', oldest: 'قصة رقم 1 في قائمة أطول من صفحة' },
  { first: `/ar/tag/${encodeURIComponent('العراق')}`, oldest: 'قصة رقم 1 في قائمة أطول من صفحة' },
  { first: '/en/section/politics', oldest: 'Story 1 in a list longer than a page' },
  { first: '/en/tag/Iraq', oldest: 'Story 1 in a list longer than a page' },
];

for (const { first, oldest } of listings) {
  const second = `${first}/page/2`;
  const name = decodeURIComponent(second);

  test(`${name} holds the oldest story and links back to the first page`, async ({ page }) => {
    expect((await page.goto(first))?.status()).toBe(200);
    await expect(page.locator('main h2 a')).toHaveCount(20);
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', second);

    expect((await page.goto(second))?.status()).toBe(200);
    await expect(page.locator('main h2 a')).toHaveText([oldest]);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', first);
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    expect((await page.goto(`${first}/page/3`))?.status()).toBe(404);
  });

  for (const colorScheme of COLOR_SCHEMES) {
    test(`${name} (${colorScheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      expect((await page.goto(second))?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }
}
