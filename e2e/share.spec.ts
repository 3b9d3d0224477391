import { expect, test, type Page } from '@playwright/test';
import { AR_PATH, seed } from './support/seed';
import { canonical } from './support/site';

const url = canonical(AR_PATH);

/** The targets a reader's share should open, built here independently of the site's code. */
const expectedTargets: Record<string, (href: URL) => void> = {
  whatsapp: (href) => {
    expect(href.origin + href.pathname).toBe('https://wa.me/');
    expect(href.searchParams.get('text')).toBe(`${seed.headline} ${url}`);
  },
  facebook: (href) => {
    expect(href.origin + href.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(href.searchParams.get('u')).toBe(url);
  },
  x: (href) => {
    expect(href.origin + href.pathname).toBe('https://x.com/intent/post');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('text')).toBe(seed.headline);
  },
  telegram: (href) => {
    expect(href.origin + href.pathname).toBe('https://t.me/share/url');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('text')).toBe(seed.headline);
  },
  linkedin: (href) => {
    expect(href.origin + href.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(href.searchParams.get('url')).toBe(url);
  },
  email: (href) => {
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe(seed.headline);
    expect(href.searchParams.get('body')).toBe(url);
  },
};

async function checkShareLinks(page: Page, scope: string) {
  const links = page.locator(`${scope} a[data-network]`);
  await expect(links).toHaveCount(Object.keys(expectedTargets).length);
  for (const link of await links.all()) {
    const network = (await link.getAttribute('data-network'))!;
    const raw = (await link.getAttribute('href'))!;
    // Encoded once as a query value: no raw Arabic, no double-encoded percent signs.
    expect(raw).not.toMatch(/[\u0600-\u06FF]/);
    expect(raw).not.toContain('%2525');
    expectedTargets[network]!(new URL(raw));
  }
}

test('canonical URL is absolute and percent-encoded once', async ({ page }) => {
  await page.goto(AR_PATH);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  expect(url).toContain('%D8%A7%D9%84%D9%83%D8%A7%D8%B8%D9%85%D9%8A');
});

test('every share link targets its network with the encoded title and URL', async ({ page }) => {
  await page.goto(AR_PATH);
  await checkShareLinks(page, '#share-sheet');
  // One list on the page, not a row plus a sheet that repeat each other.
  await expect(page.locator('a[data-network]')).toHaveCount(Object.keys(expectedTargets).length);
  for (const link of await page
    .locator('.share-bar a[data-network]:not([data-network="email"])')
    .all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('wide screens show the links as a row of icons; phones keep them for the sheet', async ({
  page,
}, testInfo) => {
  await page.goto(AR_PATH);
  const whatsapp = page.locator('#share-sheet a[data-network="whatsapp"]');
  if (testInfo.project.name === 'phone') {
    await expect(whatsapp).toBeHidden();
    await page.getByRole('button', { name: seed.share }).click();
    await expect(whatsapp).toBeVisible();
    // In the sheet each row names its network.
    await expect(whatsapp).toContainText('واتساب');
  } else {
    await expect(whatsapp).toBeVisible();
    const box = (await whatsapp.boundingBox())!;
    expect([box.width, box.height]).toEqual([44, 44]);
    await expect(page.getByRole('button', { name: seed.share })).toBeHidden();
  }
  await expect(whatsapp).toHaveAccessibleName('شارك عبر واتساب');
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the canonical URL on the clipboard and says so', async ({ page }, testInfo) => {
    await page.goto(AR_PATH);
    if (testInfo.project.name === 'phone') {
      await page.getByRole('button', { name: seed.share }).click();
      await page.locator('#share-sheet').getByRole('button', { name: 'نسخ الرابط' }).click();
      await expect(page.locator('#share-sheet [role="status"]')).toHaveText('تم نسخ الرابط');
      await expect(page.locator('#share-sheet button[data-state="copied"]')).toBeVisible();
    } else {
      await page.locator('#share-sheet').getByRole('button', { name: 'نسخ الرابط' }).click();
      const status = page.locator('#share-sheet [role="status"]');
      await expect(status).toHaveText('تم نسخ الرابط');
      await expect(status).toBeVisible();
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });
});
