import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { createCoverage, removeCoverage, SEED_SLUG, seedLivePath } from './support/live-fixture';
import { livePath } from './support/live-text';

const metaContent = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&');

test('the home page shows running coverage prominently, and not coverage that ended', async ({
  page,
}, info) => {
  const id = `e2e-home-${info.project.name}`;
  await createCoverage(id, { posts: 2 });
  await expect(async () => {
    await page.goto('/ar');
    const banners = page.getByTestId('live-banner');
    await expect(banners.filter({ hasText: 'مباشر' }).first()).toBeVisible();
    const hrefs = await banners.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(livePath('ar', id));
    expect(hrefs).not.toContain(seedLivePath('ar'));
  }).toPass({ timeout: 20_000 });
  await removeCoverage(id);
});

test('Open Graph: the card carries the badge, and is a 1200x630 JPEG', async ({
  request,
}, info) => {
  const id = `e2e-card-${info.project.name}`;
  await createCoverage(id, { posts: 1 });
  const path = livePath('ar', id);
  await expect(async () => expect((await request.get(path)).status()).toBe(200)).toPass({
    timeout: 15_000,
  });
  const live = await (await request.get(path)).text();
  const ended = await (await request.get(seedLivePath('ar'))).text();
  expect(metaContent(live, 'og:title')).toMatch(/^مباشر \| /);
  expect(metaContent(ended, 'og:title')).toMatch(/^انتهت التغطية \| /);
  for (const html of [live, ended]) {
    const image = new URL(metaContent(html, 'og:image')!);
    expect(image.pathname).toMatch(/^\/og\/ar\/live\/[a-z0-9-]+-[0-9a-f]{10}\.jpg$/);
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    const { width, height, format } = await sharp(await response.body()).metadata();
    expect([width, height, format]).toEqual([1200, 630, 'jpeg']);
  }
  await removeCoverage(id);
});

test('feeds, the sitemap and the news sitemap carry live pages', async ({ request }, info) => {
  const id = `e2e-feeds-${info.project.name}`;
  await createCoverage(id, { posts: 1 });
  const origin = new URL(info.project.use.baseURL!).origin;
  const url = (locale: 'ar' | 'en', slug: string) => origin + livePath(locale, slug);
  await expect(async () => {
    const news = await (await request.get('/news-sitemap.xml')).text();
    expect(news).toContain(`<loc>${url('en', id)}</loc>`);
    // The seed coverage is a year old: Google News takes two days.
    expect(news).not.toContain(url('en', SEED_SLUG.en));
  }).toPass({ timeout: 20_000 });
  const home = await (await request.get('/sitemaps/home.xml')).text();
  expect(home).toContain(`<loc>${url('en', SEED_SLUG.en)}</loc>`);
  expect(home).toContain(`hreflang="ar" href="${url('ar', SEED_SLUG.ar)}"`);
  for (const feed of ['/ar/feed.xml', '/ar/atom.xml']) {
    const xml = await (await request.get(feed)).text();
    expect(xml, feed).toContain(url('ar', id));
    expect(xml, feed).toContain(url('ar', SEED_SLUG.ar));
  }
  await removeCoverage(id);
});
