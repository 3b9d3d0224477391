import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { ARABIC_UNICODE_RANGE, LATIN_UNICODE_RANGE } from '../scripts/lib/font-subsets';

/**
 * The subset fonts in .fonts/ (scripts/subset-fonts.ts) shape text exactly as the full
 * @fontsource files do: the same lines are set in Chromium with each, and the pictures and the
 * line widths must agree. Broken shaping (a lost initial or final form, lam-alef, a mark that no
 * longer sits on its letter, a lost kerning pair) changes both; the last test shows the
 * comparison sees such a change.
 */
const root = path.join(import.meta.dirname, '..');
const fullFont = (name: string) =>
  readFileSync(path.join(root, 'node_modules/@fontsource/ibm-plex-sans-arabic/files', name));
const subsetFont = (name: string) => readFileSync(path.join(root, '.fonts', name));

const SAMPLES = {
  arabic: [
    'الكاظمي: تفجيرا بغداد خرق أمني لن نسمح بتكراره',
    'لا للأمم المتحدة؛ والانتخابات فالحكومة بالقدس؟',
    'مُحَمَّد رئيـــس الإنتخابات آسيا مصطفى القاهرة',
    'ئؤءة ى گ ڤ پ چ ژ ک ی ۀ، ١٢٣ ٤٥٦',
  ],
  latin: [
    'AVATAR Wave To Type: “Quoted” — dash… 2026',
    'Pérez, Müller, Façade, São Paulo, Øresund «guillemets» ·',
  ],
} as const;
type Script = keyof typeof SAMPLES;

/**
 * A page setting `lines` as the site does: the Arabic face first, then the Latin one, each limited
 * to its unicode-range (so spaces and digits come from the Latin face, as on the site).
 */
function documentFor(fonts: Record<Script, Buffer>, weight: string, lines: readonly string[]) {
  const face = (script: Script, unicodeRange: string) =>
    `@font-face{font-family:Probe-${script};font-weight:${weight};unicode-range:${unicodeRange};` +
    `src:url(data:font/woff2;base64,${fonts[script].toString('base64')}) format('woff2');}`;
  return [
    '<!doctype html><html><head><meta charset="utf-8"><style>',
    face('arabic', ARABIC_UNICODE_RANGE),
    face('latin', LATIN_UNICODE_RANGE),
    'body{margin:0;background:#fff;color:#000;}',
    `p{font:${weight} 28px/1.6 Probe-arabic,Probe-latin;margin:0;padding:4px 8px;`,
    'white-space:nowrap;width:max-content;}',
    '</style></head><body>',
    ...lines.map((line) => `<p dir="auto">${line}</p>`),
    '</body></html>',
  ].join('');
}

const files = (weight: string, read: (name: string) => Buffer): Record<Script, Buffer> => ({
  arabic: read(`ibm-plex-sans-arabic-arabic-${weight}-normal.woff2`),
  latin: read(`ibm-plex-sans-arabic-latin-${weight}-normal.woff2`),
});

interface Rendering {
  widths: number[];
  pixels: Buffer;
}

async function render(page: Page, html: string): Promise<Rendering> {
  await page.setContent(html);
  // Both faces, even the one a sample does not use: a face that failed to load would pass unseen.
  const loaded = await page.evaluate(async () => {
    const faces = await Promise.all([...document.fonts].map((face) => face.load()));
    return faces.length === 2 && faces.every((face) => face.status === 'loaded');
  });
  expect(loaded, 'a probe font did not load').toBe(true);
  const widths = await page
    .locator('p')
    .evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
  const png = await page.screenshot({ fullPage: true });
  const pixels = await sharp(png).greyscale().raw().toBuffer();
  return { widths, pixels };
}

/** Share of pixels that differ by more than a quarter of the grey scale. */
function differingShare(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) return 1;
  let differing = 0;
  for (let index = 0; index < a.length; index += 1) {
    if (Math.abs((a[index] ?? 0) - (b[index] ?? 0)) > 64) differing += 1;
  }
  return differing / a.length;
}

for (const script of ['arabic', 'latin'] as const) {
  for (const weight of ['400', '700']) {
    test(`the ${script} ${weight} subset sets text as the full font does`, async ({ page }) => {
      await page.setViewportSize({ width: 1000, height: 400 });
      const full = await render(
        page,
        documentFor(files(weight, fullFont), weight, SAMPLES[script]),
      );
      const cut = await render(
        page,
        documentFor(files(weight, subsetFont), weight, SAMPLES[script]),
      );
      expect(cut.widths).toEqual(full.widths);
      expect(differingShare(full.pixels, cut.pixels)).toBeLessThan(0.001);
    });
  }
}

test('the comparison sees Arabic set without its joining forms', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 400 });
  const joined = SAMPLES.arabic.slice(0, 1);
  // A zero-width non-joiner after every letter forces the isolated forms.
  const unjoined = joined.map((line) => [...line].join('\u200c'));
  const good = await render(page, documentFor(files('400', subsetFont), '400', joined));
  const broken = await render(page, documentFor(files('400', subsetFont), '400', unjoined));
  const sameWidth = good.widths.every((width, index) => width === broken.widths[index]);
  expect(sameWidth && differingShare(good.pixels, broken.pixels) < 0.001).toBe(false);
});
