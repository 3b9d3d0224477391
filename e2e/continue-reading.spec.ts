import { expect, test } from '@playwright/test';
import { AR_PATH, seed, squash } from './support/seed';

test('continue reading unfolds the rest by keyboard and moves focus to it', async ({ page }) => {
  await page.goto(AR_PATH);
  const button = page.locator('button[aria-controls="article-rest"]');
  await expect(button).toHaveAccessibleName(seed.continueReading);
  const rest = page.locator('#article-rest');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAttribute('aria-controls', 'article-rest');
  await expect(rest).toBeHidden();
  // The folded text is in the page all along, for search engines and readers without scripts.
  const lastParagraph = squash(seed.paragraphs.at(-1)!);
  expect(squash((await rest.textContent()) ?? '')).toContain(lastParagraph);

  // Reach the button with Tab alone, as a keyboard user would.
  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses += 1) {
    await page.keyboard.press('Tab');
    reached = await button.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');

  await expect(rest).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const firstRevealed = rest.locator(':scope > *').first();
  await expect(firstRevealed).toBeFocused();
  await expect(page.getByText(lastParagraph)).toBeVisible();
});
