import { expect, test } from '@playwright/test';
import { AR_PATH, EN_PATH, seed, squash } from './support/seed';
import { expectedArabicDateLine } from './support/site';

/**
 * The browser rewrites the server's date line to its own day, so the line shows the browser's
 * clock. Compared with a date the test worked out at another moment, it failed whenever midnight
 * in Baghdad fell between page load and assertion (the line is only rechecked once a minute):
 * the browser's clock is frozen at a moment the test knows instead.
 */
test("the header dates the page with today's date in Baghdad", async ({ page }) => {
  const now = new Date();
  await page.clock.setFixedTime(now);
  expect((await page.goto(AR_PATH))?.status()).toBe(200);
  await expect(page.locator('header time').first()).toHaveText(expectedArabicDateLine(now));
});

test.describe('Arabic seed article', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(AR_PATH);
    expect(response?.status()).toBe(200);
  });

  test('shows every part of the seed page with its exact text', async ({ page }) => {
    await expect(page).toHaveTitle(new RegExp(`^${seed.headline}`));
    await expect(page.locator('h1')).toHaveText(seed.headline);
    // Wide screens label the row of share icons; phones show one button that opens the sheet.
    await expect(
      page.locator('.share-bar').getByText(seed.share, { exact: true }).locator('visible=true'),
    ).toHaveCount(1);

    const figure = page.locator('article figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', seed.imageAlt);
    const caption = figure.locator('figcaption');
    await expect(caption.getByText(seed.caption, { exact: true })).toBeVisible();
    await expect(caption.getByText(seed.credit, { exact: true })).toBeVisible();
    await expect(caption.locator('.sr-only')).toHaveText(['التعليق على الصورة: ', 'مصدر الصورة: ']);

    await expect(page.getByText(seed.standfirst, { exact: true })).toBeVisible();
    await expect(page.locator('.article-prose h2')).toHaveText(seed.subheadings);
    const paragraphs = await page.locator('.article-prose p').allTextContents();
    expect(paragraphs.map(squash)).toEqual(seed.paragraphs.map(squash));

    await expect(page.getByRole('button', { name: seed.continueReading })).toBeVisible();
    await expect(page.getByText(seed.sourcesLabel, { exact: true })).toBeVisible();
    await expect(page.locator('article p', { hasText: seed.sourcesLabel })).toHaveText(
      `${seed.sourcesLabel} ${seed.sources}`,
    );
    // The share sheet's close control: "Close" on the English page, "إغلاق" here.
    await expect(page.locator('dialog button', { hasText: 'إغلاق' })).toHaveCount(1);
  });

  test('is right-to-left Arabic from <html> down', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    for (const selector of ['body', 'h1', '.article-prose p']) {
      const direction = await page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).direction);
      expect(direction, selector).toBe('rtl');
    }
    const paragraphStyle = await page
      .locator('.article-prose p')
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          letterSpacing: style.letterSpacing,
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          textAlign: style.textAlign,
        };
      });
    expect(paragraphStyle.letterSpacing).toBe('normal');
    expect(paragraphStyle.lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(paragraphStyle.lineHeight).toBeLessThanOrEqual(1.9);
    expect(['start', 'right']).toContain(paragraphStyle.textAlign);
    // The English month name in the date line is marked as English.
    await expect(page.locator('header time span[lang="en"]')).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
  });

  test('sets the body in IBM Plex Sans Arabic', async ({ page }) => {
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
    );
    // next/font names the family after its variable: the Arabic subset of Plex, then Latin.
    expect(loaded).toContain('arabicFont');
    const family = await page
      .locator('.article-prose p')
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(family).toMatch(/^arabicFont, latinFont/);
  });

  test('shows a responsive, prioritised hero image that does not shift the page', async ({
    page,
  }) => {
    const img = page.locator('article figure img');
    await expect(img).toHaveAttribute('fetchpriority', 'high');
    await expect(img).toHaveAttribute('width', '1600');
    await expect(img).toHaveAttribute('height', '900');
    const types = await page
      .locator('article figure picture source')
      .evaluateAll((sources) => sources.map((source) => source.getAttribute('type')));
    expect(types).toEqual(['image/avif', 'image/webp']);
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
      .toBeGreaterThan(0);
    const chosen = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(chosen).toMatch(/\.avif$/);
  });

  test('language switch leads to the English translation and back', async ({ page }) => {
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(EN_PATH);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(AR_PATH);
  });
});

test('English article is left-to-right with its own labels', async ({ page }) => {
  await page.goto(EN_PATH);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(page.locator('h1')).toHaveText(
    'Kadhimi: Baghdad bombings a security breach we will not allow to happen again',
  );
  await expect(page.locator('.article-prose p')).toHaveCount(15);
  await expect(page.locator('.article-prose h2')).toHaveCount(2);
  await expect(page.locator('dialog button', { hasText: 'Close' })).toHaveCount(1);
  await expect(page.locator('article p', { hasText: 'Sources:' })).toHaveText('Sources: Agencies');
  await expect(page.getByRole('button', { name: 'Continue reading' })).toBeVisible();
});

test('/ sends readers to the Arabic home page', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.url()).toMatch(/\/ar$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator(`a[href="${AR_PATH}"]`).first()).toBeVisible();
});
