import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readArchive } from './support/archive-files';
import { allSitemapUrls, sitemapFilePaths } from './support/sitemaps';

// The corpus the archive server was started on (playwright.config.ts): a few thousand stories.
const CONTENT_DIR = process.env.ARCHIVE_CONTENT_DIR ?? '.next-archive-source';
const PAGE_SIZE = 20;
const FEED_SIZE = 50;

const archive = readArchive(CONTENT_DIR);
const inLocale = (locale: string) => archive.filter((story) => story.locale === locale);

/** The headlines a listing page shows, in order. */
async function headlinesOn(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return (await page.locator('main article :is(h2, h3)').allTextContents()).map((t) => t.trim());
}

function biggest<K>(keys: readonly K[]): [K, number] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]!;
}

test('the corpus is a few thousand stories', () => {
  expect(archive.length).toBeGreaterThanOrEqual(2_000);
});

for (const locale of ['ar', 'en'] as const) {
  test(`${locale}: the biggest section pages through every story, page 1 to past the end`, async ({
    page,
    request,
  }) => {
    const stories = inLocale(locale);
    const [section, count] = biggest(stories.map((story) => story.section));
    const expected = stories.filter((story) => story.section === section);
    const last = Math.ceil(count / PAGE_SIZE);
    expect(last, 'deep enough to page').toBeGreaterThan(5);
    const base = `/${locale}/section/${section}`;
    for (const n of [1, 2, Math.ceil(last / 2), last]) {
      const url = n === 1 ? base : `${base}/page/${n}`;
      const titles = expected.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).map((s) => s.title);
      expect(await headlinesOn(page, url), url).toEqual(titles);
    }
    expect((await request.get(`${base}/page/${last + 1}`)).status()).toBe(404);
  });
}

test('the most used Arabic tag lists exactly its stories', async ({ page, request }) => {
  const stories = inLocale('ar');
  const [tag, count] = biggest(stories.flatMap((story) => story.tags));
  const last = Math.ceil(count / PAGE_SIZE);
  const base = `/ar/tag/${encodeURIComponent(tag.trim().replace(/\s+/g, '-'))}`;
  const expected = stories.filter((story) => story.tags.includes(tag));
  const url = last === 1 ? base : `${base}/page/${last}`;
  expect(await headlinesOn(page, url)).toEqual(
    expected.slice((last - 1) * PAGE_SIZE).map((story) => story.title),
  );
  expect((await request.get(`${base}/page/${last + 1}`)).status()).toBe(404);
});

test('the sitemap index and its files list every story once, and the homes', async ({
  request,
}) => {
  const files = await sitemapFilePaths(request);
  expect(files[0]).toBe('/sitemaps/home.xml');
  const { urls } = await allSitemapUrls(request);
  const paths = urls.map((url) => decodeURIComponent(new URL(url.loc).pathname));
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths.length).toBe(archive.length + 2);
  const expected = new Set(archive.map((story) => `/${story.locale}/news/${story.slug}`));
  expect(paths.filter((p) => p.includes('/news/')).every((p) => expected.has(p))).toBe(true);
});

for (const locale of ['ar', 'en'] as const) {
  test(`${locale}: the RSS feed holds the newest ${FEED_SIZE}, newest first`, async ({
    request,
  }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    const { rss } = new XMLParser({ isArray: (name) => name === 'item' }).parse(
      await response.text(),
    );
    const titles = (rss.channel.item as { title: string }[]).map((item) => item.title);
    expect(titles).toEqual(
      inLocale(locale)
        .slice(0, FEED_SIZE)
        .map((story) => story.title),
    );
  });
}
