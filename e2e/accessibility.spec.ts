import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AR_PATH, EN_PATH } from './support/seed';

const pages = [
  AR_PATH,
  EN_PATH,
  '/ar',
  '/en',
  '/ar/section/politics',
  '/en/section/politics',
  `/ar/tag/${encodeURIComponent('العراق')}`,
  '/ar/news/missing',
  '/en/news/missing',
];

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${decodeURIComponent(path)} (${colorScheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    });
  }
}
