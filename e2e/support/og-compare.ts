/**
 * Checks that an Open Graph card is a picture of its text: the same element tree satori drew is
 * rendered as HTML in Chromium, with the same fonts and background, and the two pictures are
 * compared pixel by pixel at a reduced size.
 */
import type { Page } from '@playwright/test';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import type { OgFont } from '@/lib/og/render-og-image';
import { OG_HEIGHT, OG_WIDTH } from '@/lib/og/og-paths';

/** Both pictures are reduced to this before comparing, which evens out anti-aliasing. */
export const COMPARE_WIDTH = 300;
export const COMPARE_HEIGHT = 158;

/** @font-face rules embedding the card's fonts, under the family names satori was given. */
export function fontFaceCss(fonts: readonly OgFont[]): string {
  return fonts
    .map(
      ({ family, weight, data }) =>
        `@font-face{font-family:'${family}';font-weight:${weight};font-style:normal;` +
        `src:url(data:font/woff;base64,${data.toString('base64')}) format('woff');}`,
    )
    .join('\n');
}

/** A whole HTML document showing the card at 1200x630 in the top left corner. */
export function cardDocument(element: ReactElement, fonts: readonly OgFont[]): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<style>${fontFaceCss(fonts)}\nhtml,body{margin:0;padding:0;background:#000;}</style>`,
    `</head><body>${renderToStaticMarkup(element)}</body></html>`,
  ].join('');
}

/** Renders the card in the page's Chromium and returns a PNG screenshot of it. */
export async function renderCardInChromium(
  page: Page,
  element: ReactElement,
  fonts: readonly OgFont[],
): Promise<Buffer> {
  await page.setViewportSize({ width: OG_WIDTH, height: OG_HEIGHT });
  await page.setContent(cardDocument(element, fonts), { waitUntil: 'load' });
  const loaded = await page.evaluate(async () => {
    const faces = [...document.fonts];
    await Promise.all(faces.map((face) => face.load()));
    await Promise.all([...document.images].map((image) => image.decode()));
    return faces.filter((face) => face.status === 'loaded').length;
  });
  if (loaded !== fonts.length) {
    throw new Error(`${loaded} of the card's ${fonts.length} fonts loaded in Chromium`);
  }
  return page.screenshot({ clip: { x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT } });
}

async function greyPixels(image: Buffer): Promise<Buffer> {
  return sharp(image)
    .resize(COMPARE_WIDTH, COMPARE_HEIGHT, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
}

/** Mean absolute difference of the two pictures' grey levels (0–255) at the compare size. */
export async function meanAbsoluteDifference(a: Buffer, b: Buffer): Promise<number> {
  const [left, right] = await Promise.all([greyPixels(a), greyPixels(b)]);
  if (left.length !== right.length) throw new Error('pictures differ in size after resizing');
  let total = 0;
  for (let i = 0; i < left.length; i += 1) total += Math.abs(left[i]! - right[i]!);
  return total / left.length;
}
