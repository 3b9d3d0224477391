import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { localeDirection, type Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/article';
import { defaultContentLocation } from '@/lib/content/content-location';
import { loadContent } from '@/lib/content/load-content';
import { FALLBACK_IMAGE } from '@/lib/media/images';
import { articleCardFacts, homeCardFacts } from '@/lib/og/card-facts';
import { articleCard, homeCard } from '@/lib/og/og-card';
import { cardBackground } from '@/lib/og/og-card-image';
import { homeOgImagePath, OG_HEIGHT, OG_TYPE, OG_WIDTH, ogImagePath } from '@/lib/og/og-paths';
import {
  layoutArticleCard,
  loadOgFonts,
  loadOgLabels,
  OG_MAX_BYTES,
} from '@/lib/og/render-og-image';
import { meanAbsoluteDifference, renderCardInChromium } from './support/og-compare';
import { AR_PATH, seed } from './support/seed';
import { SITE_URL } from './support/site';

const ARTICLE_ID = 'kadhimi-baghdad-bombings';

/**
 * Mean absolute grey-level difference (0–255, at 300x158) allowed between the served card and
 * Chromium's rendering of the same element tree. Measured: 0.9 (Arabic article), 1.6 (English
 * article), 1.4–1.9 (home cards), from anti-aliasing, JPEG and sub-pixel glyph placement. Wrong
 * cards measured 6.9 (no headline or section), 8.2 (the headline's words in reverse order, as
 * next/og draws Arabic) and 8.6 (another headline), so 4 leaves room on both sides.
 */
const MAX_DIFFERENCE = 4;

// A card is the same picture on every device: check it once, at 1x.

let fontsPromise: ReturnType<typeof loadOgFonts> | undefined;
let contentPromise: ReturnType<typeof loadContent> | undefined;
const cardFonts = () => (fontsPromise ??= loadOgFonts());
const content = () => (contentPromise ??= loadContent(defaultContentLocation()));

async function seedArticle(locale: Locale): Promise<Article> {
  // Other articles' problems are the build's business (it stops on them), not this test's.
  const { articles } = await content();
  const article = articles.find((item) => item.id === ARTICLE_ID && item.locale === locale);
  if (!article) throw new Error(`no ${locale} article ${ARTICLE_ID}`);
  return article;
}

/** The seed story's card as the pages name it: the version is of what it shows. */
async function seedCard(locale: Locale) {
  return articleCardFacts(await seedArticle(locale), await loadOgLabels(process.cwd(), locale));
}

async function homeCardOf(locale: Locale) {
  return homeCardFacts(locale, await loadOgLabels(process.cwd(), locale));
}

async function articleCardInput(locale: Locale) {
  const card = await seedCard(locale);
  // The background as the site's own /_img crop has it.
  return { ...card, background: await cardBackground(card.imageSrc) };
}

/** Records the measured differences in the report, so the threshold can be reviewed. */
function note(differences: Record<string, number>) {
  const description = Object.entries(differences)
    .map(([name, value]) => `${name} ${value.toFixed(2)}`)
    .join(', ');
  test.info().annotations.push({ type: 'mean absolute difference', description });
}

async function fetchCard(request: APIRequestContext, path: string): Promise<Buffer> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(OG_TYPE);
  // The current version's URL: its picture never changes.
  expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  const body = await response.body();
  expect(body.length, `${path} is under 300 KB`).toBeLessThan(OG_MAX_BYTES);
  const meta = await sharp(body).metadata();
  expect({ width: meta.width, height: meta.height, format: meta.format }, path).toEqual({
    width: OG_WIDTH,
    height: OG_HEIGHT,
    format: 'jpeg',
  });
  return body;
}

test.describe('Open Graph cards', () => {
  for (const locale of ['ar', 'en'] as const) {
    test(`the ${locale} article and home cards are 1200x630 JPEGs under 300 KB`, async ({
      request,
    }) => {
      await fetchCard(request, ogImagePath(await seedCard(locale)));
      await fetchCard(request, homeOgImagePath(await homeCardOf(locale)));
    });
  }

  test("the pages name the card of what they show, and an older version's URL gets the current card briefly", async ({
    request,
  }) => {
    const card = await seedCard('ar');
    const page = await (await request.get(AR_PATH)).text();
    expect(page).toContain(`<meta property="og:image" content="${SITE_URL}${ogImagePath(card)}"`);
    const home = await (await request.get('/ar')).text();
    expect(home).toContain(
      `<meta property="og:image" content="${SITE_URL}${homeOgImagePath(await homeCardOf('ar'))}"`,
    );

    const current = await fetchCard(request, ogImagePath(card));
    const older = await request.get(`/og/ar/${ARTICLE_ID}-0123456789.jpg`);
    expect(older.status()).toBe(200);
    expect(older.headers()['cache-control']).toBe('public, max-age=300');
    expect(await older.body()).toEqual(current);
  });

  test('an unknown card, a card in the wrong locale and a missing rendition are 404s no cache keeps', async ({
    request,
  }) => {
    for (const path of [
      '/og/ar/unknown-deadbeef.jpg',
      '/og/ar/unknown-0123456789.jpg',
      '/og/fr/kadhimi-baghdad-bombings-0123456789.jpg',
      '/og/ar/kadhimi-baghdad-bombings.jpg',
      '/og/fr-0123456789.jpg',
      '/_img/images/articles/nope-800.webp',
      '/_img/images/articles/baghdad-security-council-801.webp',
      '/_img/images/articles/baghdad-security-council-16x9.webp',
      '/_img/images/articles/baghdad-security-council-%38%30%30.webp',
      '/renditions/images/articles/baghdad-security-council-800.webp',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
  });

  test('the Arabic card draws the seed headline, and a wrong card would fail', async ({
    request,
    browser,
  }) => {
    const served = await fetchCard(request, ogImagePath(await seedCard('ar')));
    const fonts = await cardFonts();
    const input = await articleCardInput('ar');
    // The card is of the page's own headline, which is short enough not to be cut.
    expect(input.title).toBe(seed.headline);
    const card = await layoutArticleCard(input, fonts);
    expect(card.data.headline).toBe(seed.headline);
    expect(input.section).toBe('سياسة');

    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const right = await meanAbsoluteDifference(
      await renderCardInChromium(page, card.element, fonts),
      served,
    );
    const reversed = await meanAbsoluteDifference(
      await renderCardInChromium(
        page,
        articleCard({ ...card.data, headline: card.data.headline.split(' ').reverse().join(' ') }),
        fonts,
      ),
      served,
    );
    const blank = await meanAbsoluteDifference(
      await renderCardInChromium(
        page,
        articleCard({ ...card.data, headline: '', section: '' }),
        fonts,
      ),
      served,
    );
    await page.close();
    note({ right, reversed, blank });
    expect(right).toBeLessThan(MAX_DIFFERENCE);
    expect(reversed).toBeGreaterThan(MAX_DIFFERENCE);
    expect(blank).toBeGreaterThan(MAX_DIFFERENCE);
  });

  test('the English card draws its headline', async ({ request, browser }) => {
    const served = await fetchCard(request, ogImagePath(await seedCard('en')));
    const fonts = await cardFonts();
    const card = await layoutArticleCard(await articleCardInput('en'), fonts);
    expect(card.data.headline).toBe((await seedArticle('en')).title);
    expect(card.data.dir).toBe('ltr');

    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const right = await meanAbsoluteDifference(
      await renderCardInChromium(page, card.element, fonts),
      served,
    );
    const blank = await meanAbsoluteDifference(
      await renderCardInChromium(
        page,
        articleCard({ ...card.data, headline: '', section: '' }),
        fonts,
      ),
      served,
    );
    await page.close();
    note({ right, blank });
    expect(right).toBeLessThan(MAX_DIFFERENCE);
    expect(blank).toBeGreaterThan(MAX_DIFFERENCE);
  });

  test('the Arabic home card draws the site name and description', async ({ request, browser }) => {
    const card = await homeCardOf('ar');
    const served = await fetchCard(request, homeOgImagePath(card));
    const fonts = await cardFonts();
    const data = {
      siteName: card.siteName,
      description: card.description,
      lang: 'ar',
      dir: localeDirection.ar,
      background: await cardBackground(FALLBACK_IMAGE.src),
    };
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const right = await meanAbsoluteDifference(
      await renderCardInChromium(page, homeCard(data), fonts),
      served,
    );
    const blank = await meanAbsoluteDifference(
      await renderCardInChromium(page, homeCard({ ...data, siteName: '', description: '' }), fonts),
      served,
    );
    await page.close();
    note({ right, blank });
    expect(right).toBeLessThan(MAX_DIFFERENCE);
    expect(blank).toBeGreaterThan(MAX_DIFFERENCE);
  });
});
