import { expect, test } from '@playwright/test';
import { AR_PATH, seed, squash } from './support/seed';
import { canonical } from './support/site';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the whole text is visible and sharing still works', async ({ page }) => {
  await page.goto(AR_PATH);
  const paragraphs = page.locator('.article-prose p');
  await expect(paragraphs).toHaveCount(seed.paragraphs.length);
  for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();
  expect((await paragraphs.allTextContents()).map(squash)).toEqual(seed.paragraphs.map(squash));
  await expect(page.getByRole('button', { name: seed.continueReading })).toBeHidden();

  // Controls that need scripts are not offered; the plain share links are, at every width.
  await expect(page.getByRole('button', { name: 'نسخ الرابط' })).toHaveCount(0);
  const facebook = page.locator('#share-sheet a[data-network="facebook"]');
  await expect(facebook).toBeVisible();
  const href = new URL((await facebook.getAttribute('href'))!);
  expect(href.searchParams.get('u')).toBe(canonical(AR_PATH));
  const email = page.locator('#share-sheet a[data-network="email"]');
  await expect(email).toBeVisible();
});
