/**
 * Screenshots of the running site for a person to look at: phone and desktop, both locales,
 * light and dark. Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts [out-dir]
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const outDir = process.argv[2] ?? 'test-results/screenshots';
const pages = {
  'ar-article': '/ar/news/' + encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره'),
  'en-article': '/en/news/kadhimi-baghdad-bombings-security-breach',
  'ar-home': '/ar',
  'ar-404': '/ar/news/missing',
};
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [name, path] of Object.entries(pages)) {
  for (const [size, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(baseURL + path, { waitUntil: 'networkidle' });
      await page.screenshot({
        path: `${outDir}/${name}-${size}-${colorScheme}.png`,
        fullPage: process.env.FULL_PAGE === '1',
      });
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots written to ${outDir}`);
