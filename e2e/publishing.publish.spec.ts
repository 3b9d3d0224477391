import { expect, test } from '@playwright/test';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { allSitemapUrls } from './support/sitemaps';
import {
  deleteStory,
  expectCard,
  isoSeconds,
  ogImageOf,
  publishDistDir,
  statusOf,
  storyFile,
  textOf,
  within,
  writeStory,
} from './support/publishing';

// The nginx-publish project runs the same promises through deploy/nginx.conf, with its cache: it
// keeps a page for a second and drops a copy nobody asked for in 2 s, so the limits hold there
// too (README, Behind nginx).
// One server and one content folder: in order, one at a time, so the cache-size test measures
// only its own requests; each test writes its own story, so one failing does not stop the next.
test.describe.configure({ mode: 'default' });

const articleUrl = (locale: string, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`;

test('a saved file is a published story within 10 s: page, card, home, section, tag, feeds, sitemap', async ({
  request,
}) => {
  const slug = 'خبر-جديد-من-غرفة-الأخبار';
  const title = 'خبر جديد كُتب قبل ثوانٍ';
  expect(await statusOf(request, articleUrl('ar', slug))).toBe(404);
  await writeStory('publish-new-story', 'ar', storyFile({ slug, title }));
  await within(10, async () => {
    const page = await textOf(request, articleUrl('ar', slug));
    expect(page).toContain(title);
    // No build drew this story's card: the first request does.
    await expectCard(request, ogImageOf(page));
  });
  await within(10, async () => {
    expect(await textOf(request, '/ar')).toContain(title);
    expect(await textOf(request, '/ar/section/culture')).toContain(title);
    expect(await textOf(request, `/ar/tag/${encodeURIComponent('اختبار-النشر')}`)).toContain(title);
    expect(await textOf(request, '/ar/feed.xml')).toContain(title);
    expect(await textOf(request, '/ar/atom.xml')).toContain(title);
    expect((await allSitemapUrls(request)).text).toContain(encodeURIComponent(slug));
    expect(await textOf(request, '/news-sitemap.xml')).toContain(title);
  });
});

test('an edit changes the headline on the page, in listings, in og:title and the card URL', async ({
  request,
}) => {
  const slug = 'خبر-سيعدل';
  await writeStory('publish-edited-story', 'ar', storyFile({ slug, title: 'العنوان الأول للخبر' }));
  let firstCard = '';
  let firstBody: Buffer | null = null;
  await within(10, async () => {
    const page = await textOf(request, articleUrl('ar', slug));
    expect(page).toContain('العنوان الأول للخبر');
    firstCard = ogImageOf(page);
    firstBody = await expectCard(request, firstCard);
  });
  await writeStory(
    'publish-edited-story',
    'ar',
    storyFile({ slug, title: 'العنوان المصحح للخبر' }),
  );
  await within(10, async () => {
    const page = await textOf(request, articleUrl('ar', slug));
    expect(page).toContain('<meta property="og:title" content="العنوان المصحح للخبر"');
    expect(page).not.toContain('العنوان الأول للخبر');
    // A new URL for the new headline, so social caches fetch the card again.
    const card = ogImageOf(page);
    expect(card).not.toBe(firstCard);
    // ...and a card drawn for it, not the first one again.
    expect((await expectCard(request, card)).equals(firstBody!)).toBe(false);
    expect(await textOf(request, '/ar')).toContain('العنوان المصحح للخبر');
    expect(await textOf(request, '/ar/section/culture')).not.toContain('العنوان الأول للخبر');
  });
});

test('a broken edit leaves the last good version live', async ({ request }) => {
  const slug = 'خبر-سيكسر';
  await writeStory('publish-broken-edit', 'ar', storyFile({ slug, title: 'نسخة سليمة' }));
  await within(10, async () => {
    expect(await textOf(request, articleUrl('ar', slug))).toContain('نسخة سليمة');
  });
  // A half-saved file: the front matter is cut off in the middle.
  await writeStory(
    'publish-broken-edit',
    'ar',
    storyFile({ slug, title: 'نسخة مكسورة' }).slice(0, 80),
  );
  // Long enough for the server to have seen and refused it.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const page = await textOf(request, articleUrl('ar', slug));
  expect(page).toContain('نسخة سليمة');
  expect(await textOf(request, '/ar')).toContain('نسخة سليمة');
});

test('deleting the file removes the story everywhere within 10 s', async ({ request }) => {
  const slug = 'خبر-سيحذف';
  const title = 'خبر سيحذف بعد قليل';
  await writeStory('publish-deleted-story', 'ar', storyFile({ slug, title }));
  await within(10, async () => {
    expect(await textOf(request, '/ar')).toContain(title);
  });
  await deleteStory('publish-deleted-story');
  await within(10, async () => {
    expect(await statusOf(request, articleUrl('ar', slug))).toBe(404);
    expect(await textOf(request, '/ar')).not.toContain(title);
    expect(await textOf(request, '/ar/feed.xml')).not.toContain(title);
    expect((await allSitemapUrls(request)).text).not.toContain(encodeURIComponent(slug));
  });
});

test('a withdrawn story answers 410 with its reason and leaves every list within 10 s', async ({
  request,
}) => {
  const slug = 'خبر-سيسحب';
  const title = 'خبر سيسحب بعد نشره';
  await writeStory('publish-withdrawn-story', 'ar', storyFile({ slug, title }));
  await within(10, async () => {
    expect(await textOf(request, '/ar')).toContain(title);
  });
  const reason = 'تبيّن أن الصورة المرافقة قديمة';
  await writeStory(
    'publish-withdrawn-story',
    'ar',
    storyFile({ slug, title, extra: ['withdrawn: true', `withdrawnReason: "${reason}"`] }),
  );
  await within(10, async () => {
    const response = await request.get(articleUrl('ar', slug));
    expect(response.status()).toBe(410);
    const page = await response.text();
    expect(page).toContain('سُحب هذا الخبر');
    expect(page).toContain(reason);
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(await textOf(request, '/ar')).not.toContain(title);
    expect(await textOf(request, '/ar/feed.xml')).not.toContain(title);
    expect((await allSitemapUrls(request)).text).not.toContain(encodeURIComponent(slug));
  });
});

test('a story scheduled 20 s ahead is 404 until its time, then live within 60 s', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const slug = 'خبر-مجدول';
  const title = 'خبر مجدول للنشر';
  const due = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
  await writeStory(
    'publish-scheduled-story',
    'ar',
    storyFile({ slug, title, publishedAt: isoSeconds(new Date(due)) }),
  );
  // Well after the file was seen, still before its time.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(Date.now()).toBeLessThan(due);
  expect(await statusOf(request, articleUrl('ar', slug))).toBe(404);
  expect(await textOf(request, '/ar')).not.toContain(title);
  expect(await textOf(request, '/ar/feed.xml')).not.toContain(title);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  await within(60, async () => {
    expect(await textOf(request, articleUrl('ar', slug))).toContain(title);
    expect(await textOf(request, '/ar')).toContain(title);
    expect(await textOf(request, '/ar/feed.xml')).toContain(title);
  });
});

test('a draft is 404 to readers; with the preview secret it shows with noindex and a banner', async ({
  request,
  page,
}) => {
  const slug = 'مسودة-خبر';
  const title = 'مسودة لم تنشر بعد';
  await writeStory('publish-draft-story', 'ar', storyFile({ slug, title, extra: ['draft: true'] }));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await statusOf(request, articleUrl('ar', slug))).toBe(404);
  expect(await textOf(request, '/ar')).not.toContain(title);
  const wrong = `/ar/preview?secret=wrong&slug=${encodeURIComponent(slug)}`;
  expect(await statusOf(request, wrong)).toBe(404);

  const secret = process.env.PREVIEW_SECRET ?? '';
  const response = await page.goto(
    `/ar/preview?secret=${encodeURIComponent(secret)}&slug=${encodeURIComponent(slug)}`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: 'معاينة' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(response?.headers()['cache-control']).toMatch(/no-store|private/);
  // Its card is drawn for nobody until it is published.
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(await statusOf(request, new URL(card!).pathname)).toBe(404);
});

test('5,000 unknown slugs leave the server cache folders less than 1 MB larger', async ({
  request,
}) => {
  test.setTimeout(600_000);
  const distDir = publishDistDir();
  const before = await folderBytes(distDir);
  const slugs = Array.from(
    { length: 5_000 },
    (_, i) => `لا-يوجد-${i}-${Math.random().toString(36).slice(2)}`,
  );
  for (let start = 0; start < slugs.length; start += 25) {
    const statuses = await Promise.all(
      slugs.slice(start, start + 25).map((slug) => statusOf(request, articleUrl('ar', slug))),
    );
    expect(new Set(statuses)).toEqual(new Set([404]));
  }
  const grown = (await folderBytes(distDir)) - before;
  expect(grown).toBeLessThan(1024 * 1024);
});

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
