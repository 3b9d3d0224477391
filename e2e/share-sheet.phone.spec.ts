import { expect, test } from '@playwright/test';
import { AR_PATH, EN_PATH, seed } from './support/seed';

test('share sheet opens from its button and closes with the close button and Escape', async ({
  page,
}) => {
  await page.goto(AR_PATH);
  const sheet = page.locator('#share-sheet');
  const open = page.getByRole('button', { name: seed.share });
  // On a phone the links wait in the closed sheet: written once, shown only when it opens.
  await expect(sheet).toBeHidden();
  await expect(sheet.locator('a[data-network]').first()).toBeHidden();

  await open.click();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: seed.share })).toBeVisible();
  await expect(sheet.getByRole('link', { name: 'واتساب' })).toBeVisible();
  await sheet.getByRole('button', { name: 'إغلاق' }).click();
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
});

test('English share sheet closes with "Close"', async ({ page }) => {
  await page.goto(EN_PATH);
  await page.getByRole('button', { name: 'Share this story' }).click();
  const sheet = page.locator('#share-sheet');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});
