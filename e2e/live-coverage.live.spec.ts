import { expect, test, type Page } from '@playwright/test';
import { COLOR_SCHEMES, expectNoAxeViolations } from './support/axe';
import {
  createCoverage,
  postFile,
  removeCoverage,
  SEED_SLUG,
  seedPosts,
  writePost,
} from './support/live-fixture';
import { absolute, livePath, minutesAgo, TEXT } from './support/live-text';

const postIds = (page: Page) =>
  page.locator('article.live-post').evaluateAll((posts) => posts.map((post) => post.id));

/** Waits until the server publishes the coverage (a saved file is live within 10 s). */
async function openWhenPublished(page: Page, path: string) {
  await expect(async () => expect((await page.request.get(path)).status()).toBe(200)).toPass({
    timeout: 15_000,
  });
  await page.goto(path);
}

for (const locale of ['ar', 'en'] as const) {
  test.describe(`${locale}`, () => {
    test('the seed page: badge, key points, pinned post on top, posts newest first with times', async ({
      page,
    }) => {
      await page.goto(livePath(locale, SEED_SLUG[locale]));
      await expect(page.getByTestId('live-badge')).toHaveText(TEXT[locale].ended);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toContainText(locale === 'ar' ? 'مباشر' : 'Live:');
      await expect(page.locator('#key-points + ul li')).toHaveCount(4);
      const posts = await seedPosts(locale);
      const pinned = posts.find((post) => post.pinned)!;
      const rest = posts.filter((post) => !post.pinned);
      expect(await postIds(page)).toEqual([pinned, ...rest].map((post) => `post-${post.id}`));
      expect(rest.length + 1).toBeGreaterThanOrEqual(15);
      for (const post of [pinned, rest[0]!, rest.at(-1)!]) {
        const time = page.locator(`#post-${post.id} .live-post-time time`);
        await expect(time).toHaveAttribute('datetime', post.publishedAt);
        await expect(time).toHaveText(absolute(post.publishedAt, locale));
      }
      // Key events jump to their posts, oldest first.
      const events = page.getByTestId('key-event');
      await expect(events).toHaveCount(3);
      const targets = await events.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(targets).toEqual(
        posts
          .filter((post) => post.keyEvent)
          .reverse()
          .map((post) => `#post-${post.id}`),
      );
      await events.first().click();
      await expect(
        page.locator(`#post-${posts.filter((p) => p.keyEvent).at(-1)!.id}`),
      ).toBeInViewport();
    });

    test('relative times with the right plurals, kept current', async ({ page }, info) => {
      const id = `e2e-times-${locale}-${info.project.name}`;
      await createCoverage(id, { posts: 3, newestAgoMinutes: 2 });
      await openWhenPublished(page, livePath(locale, id));
      await expect(page.getByTestId('live-badge')).toHaveText(TEXT[locale].live);
      for (const [n, ago] of [
        [2, 2],
        [1, 3],
        [0, 4],
      ] as const) {
        const text = page.locator(`#post-p-00${n} .live-ago`);
        // The minute may turn while the page loads.
        await expect(text).toHaveText(
          new RegExp(`^(${minutesAgo(ago, locale)}|${minutesAgo(ago + 1, locale)})$`),
        );
      }
      await removeCoverage(id);
    });

    test('a post saved while the page is open appears without a reload', async ({ page }, info) => {
      test.setTimeout(90_000);
      const id = `e2e-arrive-${locale}-${info.project.name}`;
      await createCoverage(id, { posts: 3 });
      await openWhenPublished(page, livePath(locale, id));
      await page.evaluate(() => ((window as { marker?: number }).marker = 1));
      const title = await page.title();
      await writePost(
        id,
        'p-new',
        locale,
        postFile(new Date(), 'A new post.', { headline: 'Breaking' }),
      );
      const post = page.locator('#post-p-new');
      const button = page.locator('.live-new-posts');
      await expect(post.or(button)).toBeVisible({ timeout: 45_000 });
      if (await button.isVisible()) {
        await expect(button).toHaveText(TEXT[locale].newPosts);
        expect(await page.title()).toBe(`(1) ${title}`);
        await button.click();
      }
      await expect(post).toBeVisible();
      expect(await postIds(page)).toEqual(['post-p-new', 'post-p-002', 'post-p-001', 'post-p-000']);
      await expect(page.getByTestId('live-status')).toHaveText(TEXT[locale].newPosts);
      expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(1);
      await removeCoverage(id);
    });

    test('scrolled down, new posts wait behind a button and nothing moves', async ({
      page,
    }, info) => {
      test.setTimeout(90_000);
      const id = `e2e-scrolled-${locale}-${info.project.name}`;
      await createCoverage(id, { posts: 12 });
      await openWhenPublished(page, livePath(locale, id));
      await page.evaluate(() => {
        const win = window as { shift?: number };
        win.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) win.shift! += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: false });
      });
      await page.locator('#post-p-003').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300); // Let the scroll settle before taking its position.
      const before = await page.evaluate(() => [
        scrollY,
        document.querySelector('#post-p-003')!.getBoundingClientRect().top,
      ]);
      await writePost(id, 'p-new', locale, postFile(new Date(), 'A new post.'));
      const button = page.locator('.live-new-posts');
      await expect(button).toBeVisible({ timeout: 45_000 });
      await expect(button).toHaveText(TEXT[locale].newPosts);
      await expect(page.locator('#post-p-new')).toHaveCount(0);
      const after = await page.evaluate(() => [
        scrollY,
        document.querySelector('#post-p-003')!.getBoundingClientRect().top,
      ]);
      expect(after).toEqual(before);
      expect(await page.evaluate(() => (window as { shift?: number }).shift)).toBe(0);
      await button.click();
      await expect(page.locator('#post-p-new')).toBeInViewport();
      await expect(button).toBeHidden();
      await removeCoverage(id);
    });

    test("a post's own link opens the page that holds it, at the post", async ({ page }, info) => {
      const id = `e2e-share-${locale}-${info.project.name}`;
      await createCoverage(id, { posts: 45 });
      await openWhenPublished(page, livePath(locale, id));
      // 45 posts: the newest 25 here, the first 20 on page 1 of older posts.
      await expect(page.locator('article.live-post')).toHaveCount(25);
      const permalink = page.locator('#post-p-030 .live-permalink');
      expect(await permalink.getAttribute('href')).toMatch(new RegExp(`/live/${id}/post/p-030$`));
      await page.goto(`${livePath(locale, id)}/post/p-005`);
      expect(new URL(page.url()).pathname).toBe(`${livePath(locale, id)}/page/1`);
      expect(new URL(page.url()).hash).toBe('#post-p-005');
      await expect(page.locator('#post-p-005')).toBeInViewport();
      await expect(page.locator('article.live-post')).toHaveCount(20);
      await removeCoverage(id);
    });

    test('JSON-LD is a LiveBlogPosting with its coverage times and newest updates', async ({
      request,
    }) => {
      const html = await (await request.get(livePath(locale, SEED_SLUG[locale]))).text();
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ];
      const data = blocks.map((b) => JSON.parse(b[1]!) as Record<string, unknown>);
      const blog = data.find((item) => item['@type'] === 'LiveBlogPosting')!;
      const posts = await seedPosts(locale);
      expect(blog).toMatchObject({
        '@context': 'https://schema.org',
        coverageStartTime: '2025-11-01T15:00:00+02:00',
        coverageEndTime: '2025-11-02T00:10:00+02:00',
        inLanguage: locale,
      });
      const updates = blog.liveBlogUpdate as Record<string, string>[];
      expect(updates).toHaveLength(10);
      expect(updates.map((u) => u.datePublished)).toEqual(
        posts.slice(0, 10).map((p) => p.publishedAt),
      );
      for (const update of updates) {
        expect(update['@type']).toBe('BlogPosting');
        expect(update.url).toMatch(/#post-/);
        expect(update.articleBody!.length).toBeGreaterThan(20);
      }
    });

    for (const colorScheme of COLOR_SCHEMES) {
      test(`no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(livePath(locale, SEED_SLUG[locale]));
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every post and the pages of older posts are there', async ({ page }, info) => {
    const id = `e2e-nojs-${info.project.name}`;
    await createCoverage(id, { posts: 45 });
    await openWhenPublished(page, livePath('ar', id));
    const posts = page.locator('article.live-post');
    await expect(posts).toHaveCount(25);
    for (const post of await posts.all()) await expect(post).toBeVisible();
    await expect(page.locator('.live-copy').first()).toBeHidden();
    await page.getByRole('link', { name: 'التالية' }).click();
    await expect(page).toHaveURL(new RegExp(`/page/1$`));
    await expect(posts).toHaveCount(20);
    expect(await postIds(page)).toEqual(
      Array.from({ length: 20 }, (_, i) => `post-p-${String(19 - i).padStart(3, '0')}`),
    );
    await removeCoverage(id);
  });

  test('the seed page shows all of its posts', async ({ page }) => {
    await page.goto(livePath('en', SEED_SLUG.en));
    await expect(page.locator('article.live-post')).toHaveCount((await seedPosts('en')).length);
  });
});

test('the updates endpoint: tiny when nothing changed, cacheable, strict about its query', async ({
  request,
}) => {
  const path = `${livePath('en', SEED_SLUG.en)}/updates`;
  const newest = (await seedPosts('en')).filter((post) => !post.pinned)[0]!.id;
  const nothing = await request.get(`${path}?after=${newest}`);
  expect(nothing.status()).toBe(200);
  expect(nothing.headers()['cache-control']).toBe('public, max-age=5');
  const body = await nothing.body();
  expect(body.length).toBeLessThan(50);
  expect(JSON.parse(body.toString())).toEqual({ s: 'ended', p: [] });
  const older = await (await request.get(`${path}?after=2025-11-01-2250`)).json();
  expect(older.p.map(([id]: [string]) => id)).toEqual([newest]);
  expect((await request.get(`${path}?after=../../etc`)).status()).toBe(400);
  expect((await request.get(`${livePath('en', 'no-such-coverage')}/updates`)).status()).toBe(404);
});
