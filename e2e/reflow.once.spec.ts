import { expect, test, type Page } from '@playwright/test';
import { edgeOpacity } from './support/edge-opacity';
import { outside, overflowReport, screenBox } from './support/overflow';
import { seedLivePath } from './support/live-fixture';
import { AR_PATH, EN_PATH } from './support/seed';

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways, and nothing, the share sheet
 * included, sits off screen. Resize text (1.4.4): at 200 % text the same holds at 640 px, the
 * width at which 200 % text has the room 100 % text has at 320 px. Text grows two ways in
 * browsers, so both are checked: the browser's own text size (Chrome's font-size setting: rem
 * and the rem media queries scale together, so the page keeps its phone layout) and text-only
 * zoom (rem grows, media queries stay: the wide layout with doubled text).
 */
const SCREENS = [
  {
    name: '320 px phone',
    context: {
      viewport: { width: 320, height: 640 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
    text: 'normal',
    shareIsSheet: true,
  },
  {
    name: '640 px, browser text size 200 %',
    context: { viewport: { width: 640, height: 800 }, isMobile: false, hasTouch: false },
    text: 'browser',
    shareIsSheet: true,
  },
  {
    name: '640 px, text-only zoom 200 %',
    context: { viewport: { width: 640, height: 800 }, isMobile: false, hasTouch: false },
    text: 'root',
    shareIsSheet: false,
  },
] as const;

type TextSize = (typeof SCREENS)[number]['text'];

const arTag = `/ar/tag/${encodeURIComponent('العراق')}`;
// With today's content every listing fits on one page, so the page-2 addresses show the
// not-found page; they stay here so a second page is checked as soon as one exists.
const PAGES = [
  '/ar',
  '/en',
  AR_PATH,
  EN_PATH,
  seedLivePath('ar'),
  seedLivePath('en'),
  '/ar/section/politics',
  '/en/section/politics',
  '/ar/section/politics/page/2',
  '/en/section/politics/page/2',
  arTag,
  '/en/tag/Iraq',
  `${arTag}/page/2`,
  '/en/tag/Iraq/page/2',
  '/ar/news/missing',
  '/en/news/missing',
  '/ar/no/such/page',
  '/fr',
];

const LOCALES = {
  ar: { article: AR_PATH, close: 'إغلاق', sections: 'الأقسام' },
  en: { article: EN_PATH, close: 'Close', sections: 'Sections' },
} as const;

async function open(page: Page, path: string, text: TextSize) {
  if (text === 'browser') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  await page.goto(path);
  if (text === 'root') await page.addStyleTag({ content: 'html{font-size:200%!important}' });
  await expect(page.locator('main')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** Scroll-driven styles follow on the next frame. */
const nextFrame = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.context);

    for (const path of PAGES) {
      test(`${decodeURIComponent(path)} does not scroll sideways`, async ({ page }) => {
        await open(page, path, screen.text);
        const { clientWidth, scrollWidth, offenders } = await overflowReport(page);
        // A classic scroll bar may take its width off the viewport's; nothing else may.
        expect(clientWidth).toBeGreaterThan(screen.context.viewport.width - 20);
        expect(
          { scrollWidth, offenders },
          'page wider than the viewport, or elements reaching past it',
        ).toEqual({ scrollWidth: clientWidth, offenders: [] });
      });
    }

    for (const [locale, { article, close, sections }] of Object.entries(LOCALES)) {
      if (screen.shareIsSheet) {
        test(`${locale} share sheet opens fully on screen and its close button works`, async ({
          page,
        }) => {
          await open(page, article, screen.text);
          await page.locator('button[aria-haspopup="dialog"]').click();
          const sheet = page.getByRole('dialog');
          await expect(sheet).toBeVisible();
          const closeButton = sheet.getByRole('button', { name: close });
          const sheetBox = await screenBox(sheet);
          const closeBox = await screenBox(closeButton);
          expect({ sheet: outside(sheetBox), close: outside(closeBox) }).toEqual({
            sheet: [],
            close: [],
          });
          expect(closeBox.hitAtCentre, 'a tap on the close button reaches it').toBe(true);
          await closeButton.click();
          await expect(sheet).toBeHidden();
        });
      }

      test(`${locale} header controls are targets a finger can hit`, async ({ page }) => {
        await open(page, `/${locale}`, screen.text);
        // WCAG 2.5.8 asks for 24 px; on a touch screen a fingertip needs 44 px (2.5.5).
        const least = screen.context.hasTouch ? 44 : 24;
        const header = page.locator('header').first();
        for (const [name, control] of [
          ['language switch', header.locator('a[hreflang]')],
          ['theme switch', header.locator('button[data-theme-choice]')],
          ['search box', header.getByRole('searchbox')],
          ['search button', header.getByRole('search').getByRole('button')],
        ] as const) {
          const box = await control.boundingBox();
          expect(box, `${name} is on the page`).not.toBeNull();
          expect(Math.min(box?.width ?? 0, box?.height ?? 0), name).toBeGreaterThanOrEqual(least);
        }
      });

      test(`${locale} section strip scrolls inside itself and shows that more follows`, async ({
        page,
      }) => {
        await open(page, `/${locale}`, screen.text);
        const strip = page.getByRole('navigation', { name: sections }).getByRole('list');
        expect(outside(await screenBox(strip)), 'the strip itself stays on screen').toEqual([]);
        const overflows = () => strip.evaluate((list) => list.scrollWidth > list.clientWidth);
        if (!(await overflows())) {
          // Nothing hidden: every section is in full view and neither edge fades.
          for (const link of await strip.getByRole('link').all()) {
            expect(outside(await screenBox(link))).toEqual([]);
          }
          const still = await edgeOpacity(strip);
          expect(Math.min(still.start, still.end)).toBeGreaterThan(0.9);
          // Narrower than its sections, as on a smaller screen or with larger text, it scrolls.
          await strip.evaluate((list) => {
            list.style.maxInlineSize = `${Math.round(list.scrollWidth * 0.6)}px`;
          });
          expect(await overflows()).toBe(true);
          await nextFrame(page);
        }
        const atStart = await edgeOpacity(strip);
        // At first the inline-end edge fades out: more sections wait that way…
        expect(atStart.end, 'the inline-end edge fades while sections follow').toBeLessThan(0.5);
        expect(atStart.start, 'nothing precedes the first section').toBeGreaterThan(0.9);
        // …and scrolled to the end, the fade moves to the inline-start edge.
        await strip.evaluate((list) => {
          const towardsEnd = getComputedStyle(list).direction === 'rtl' ? -1 : 1;
          list.scrollBy({ left: towardsEnd * list.scrollWidth, behavior: 'instant' });
        });
        await nextFrame(page);
        const atEnd = await edgeOpacity(strip);
        expect(atEnd.start, 'the inline-start edge fades once sections precede').toBeLessThan(0.5);
        expect(atEnd.end, 'nothing follows the last section').toBeGreaterThan(0.9);
      });
    }
  });
}
