import { expect, test } from '@playwright/test';
import { pathOf, storiesFromFiles, type StoryFile } from './support/content';
import { AR_PATH } from './support/seed';

/**
 * The headlines are the newest of `stories` (each a title from the files), in the order of their
 * files' dates; stories published at the same moment may come in either order.
 */
function expectNewestFirst(headlines: string[], stories: StoryFile[]) {
  const published = new Map(stories.map((story) => [story.title, story.published]));
  expect(headlines.map((title) => published.get(title) ?? `unknown story: ${title}`)).toEqual(
    stories.slice(0, headlines.length).map((story) => story.published),
  );
}

for (const locale of ['ar', 'en'] as const) {
  test(`${locale} home page lists every story, newest first, with working links`, async ({
    page,
  }) => {
    const stories = storiesFromFiles(locale);
    await page.goto(`/${locale}`);
    const main = page.locator('main');
    // Lead story and the latest list, in order.
    const headlines = await main
      .locator('#lead-heading ~ article h3 a, [aria-labelledby="latest-heading"] h3 a')
      .allTextContents();
    expect(headlines.length).toBe(Math.min(stories.length, 20));
    expectNewestFirst(headlines, stories);
    // Every story is reachable from the front page.
    for (const story of stories) {
      await expect(main.locator(`a[href="${pathOf(story)}"]`).first()).toBeAttached();
    }
    const first = stories[0]!;
    await main
      .locator(`a[href="${pathOf(first)}"]`)
      .first()
      .click();
    await expect(page.locator('h1')).toHaveText(first.title);
  });
}

test('related stories follow the article and never list the article itself', async ({ page }) => {
  const stories = storiesFromFiles('ar');
  await page.goto(AR_PATH);
  const related = page.locator('section[aria-labelledby="related-heading"]');
  await expect(related.locator('h2')).toHaveText('اقرأ أيضًا');
  const links = await related
    .locator('h3 a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  expect(links).not.toContain(AR_PATH);
  const known = new Set(stories.map(pathOf));
  for (const href of links) expect(known.has(href!)).toBe(true);
});

test('section pages list exactly their stories and unknown sections 404', async ({ page }) => {
  const politics = storiesFromFiles('ar').filter((story) => story.section === 'politics');
  await page.goto('/ar/section/politics');
  await expect(page.locator('h1')).toHaveText('سياسة');
  const headlines = await page.locator('main h2 a').allTextContents();
  expect(headlines.length).toBe(politics.length);
  expectNewestFirst(headlines, politics);
  expect((await page.goto('/ar/section/sports'))?.status()).toBe(404);
  expect((await page.goto('/ar/section/politics/page/2'))?.status()).toBe(404);
});

test('tag pages list the stories with that tag', async ({ page }) => {
  const tagged = storiesFromFiles('ar').filter((story) => story.tags.includes('العراق'));
  await page.goto(AR_PATH);
  await page.locator('a[rel="tag"]', { hasText: 'العراق' }).click();
  await expect(page).toHaveURL(`/ar/tag/${encodeURIComponent('العراق')}`);
  await expect(page.locator('h1')).toHaveText('وسم: العراق');
  const headlines = await page.locator('main h2 a').allTextContents();
  expect(headlines.length).toBe(tagged.length);
  expectNewestFirst(headlines, tagged);
});

test('an old article says how old it is and how long it takes to read', async ({ page }) => {
  await page.goto(AR_PATH);
  // Published January 2021: at least 5 years before any date these tests run on.
  await expect(page.getByTestId('article-age')).toContainText(/نُشر هذا المقال قبل \d+ (سنوات|سنة)/);
  await expect(page.getByTestId('reading-time')).toHaveText(
    /^\d+ دقائق للقراءة$|^دقيقتان للقراءة$/,
  );
});

test('the theme switch remembers the choice and applies it before the first paint', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ar');
  const toggle = page.locator('button[data-theme-choice]');
  await expect(toggle).toHaveAttribute('data-theme-choice', 'system');
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the moment <body> enters the document, before anything is painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody =
        document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
  ).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');
  await expect(page.locator('button[data-theme-choice]')).toHaveAttribute(
    'data-theme-choice',
    'dark',
  );
});

test('print shows the article and its address, not the page chrome', async ({ page }) => {
  await page.goto(AR_PATH);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.share-bar')).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  await expect(page.locator('button.continue-reading')).toBeHidden();
  await expect(page.locator('#article-rest')).toBeVisible();
  await expect(page.locator('article figure img')).toBeVisible();
  await expect(page.locator('article figcaption')).toBeVisible();
  await expect(page.getByText('المصادر:')).toBeVisible();
  await expect(page.getByText('رابط المقال:')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="related-heading"]')).toBeHidden();
});
