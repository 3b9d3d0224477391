import { expect, test } from '@playwright/test';
import { AR_PATH, EN_PATH } from './support/seed';

test('every page has a search box in its header that leads to the results', async ({ page }) => {
  for (const path of ['/ar', AR_PATH, '/ar/section/politics']) {
    await page.goto(path);
    await expect(page.getByRole('search').first().getByLabel('ابحث في الرواق')).toBeVisible();
  }
  await page.goto(AR_PATH);
  const box = page.getByRole('searchbox', { name: 'ابحث في الرواق' });
  await box.fill('الكاظمي');
  await box.press('Enter');
  await expect(page).toHaveURL(`/ar/search?q=${encodeURIComponent('الكاظمي')}`);
  await expect(page.locator('main ol h2').first()).toContainText('الكاظمي');
  await expect(page.locator('main ol mark').first()).toHaveText(/الكاظمي/);
});

test('English pages search the English stories', async ({ page }) => {
  await page.goto(EN_PATH);
  await page.getByRole('searchbox', { name: 'Search Al-Riwaq' }).fill('Kadhimi');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(page).toHaveURL('/en/search?q=Kadhimi');
  await expect(page.locator('main ol h2').first()).toContainText('Kadhimi');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form still searches', async ({ page }) => {
    await page.goto('/ar');
    await page.getByRole('searchbox', { name: 'ابحث في الرواق' }).fill('بغداد');
    await page.getByRole('button', { name: 'بحث', exact: true }).first().click();
    await expect(page).toHaveURL(`/ar/search?q=${encodeURIComponent('بغداد')}`);
    await expect(page.locator('main ol h2').first()).toBeVisible();
  });
});

test('live pages and their posts are found, and a post result opens the page at that post', async ({
  page,
}) => {
  await page.goto(`/ar/search?q=${encodeURIComponent('المسلة المعلقة')}`);
  const post = page
    .locator('main ol li')
    .filter({ has: page.getByRole('link', { name: /المسلة المعلقة/ }) });
  await expect(post.first()).toContainText('تغطية مباشرة');
  await post.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/ar\/live\/[^/]+(\/page\/\d+)?#post-2025-11-01-1810$/);
  await expect(page.locator('[id="post-2025-11-01-1810"]')).toBeVisible();

  await page.goto('/en/search?q=Giza+pyramids');
  const coverage = page.getByRole('link', {
    name: 'Egypt opens the Grand Egyptian Museum beside the Giza pyramids',
  });
  await expect(coverage).toHaveAttribute('href', '/en/live/grand-egyptian-museum-opening');
});
