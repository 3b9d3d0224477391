import type { Locator } from '@playwright/test';
import sharp from 'sharp';

/** A colour far from both themes' paper, so a faded pixel is easy to tell from an opaque one. */
const FLAT = [255, 0, 255];

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export interface EdgeOpacity {
  /** The strip's mean opacity over a band at each inline edge: 1 untouched, 0 fully faded. */
  start: number;
  end: number;
}

/**
 * How much `element` fades at its inline edges, whatever fades it (a mask, an overlay). It is
 * drawn once hidden, to see what lies behind it, and once as a flat colour with its text and
 * scroll position unchanged; each pixel's opacity is how far it moved from the background
 * towards that colour. Rows from the upper half only, clear of any scroll bar.
 */
export async function edgeOpacity(element: Locator, bandRem = 1): Promise<EdgeOpacity> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element has no box to measure');
  const { rtl, band } = await element.evaluate((node, rem) => {
    const fontSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return { rtl: getComputedStyle(node).direction === 'rtl', band: rem * fontSize };
  }, bandRem);
  // A handle, not the locator: hidden, the element leaves the accessibility tree roles find.
  const handle = await element.elementHandle();
  if (!handle) throw new Error('the element is gone');
  const restyle = (style: Record<string, string>) =>
    handle.evaluate((node: HTMLElement, entries) => {
      for (const [name, value] of Object.entries(entries)) {
        if (value) node.style.setProperty(name, value, 'important');
        else node.style.removeProperty(name);
      }
    }, style);
  const shoot = async () => pixels(await element.page().screenshot({ clip: box }));
  await restyle({ visibility: 'hidden' });
  const behind = await shoot();
  await restyle({ visibility: '', background: `rgb(${FLAT.join(' ')})`, color: 'transparent' });
  const flat = await shoot();
  await restyle({ background: '', color: '' });

  const { width, height } = flat;
  const opacityOfColumn = (x: number) => {
    let total = 0;
    let rows = 0;
    for (let y = Math.floor(height * 0.1); y < Math.floor(height * 0.5); y++) {
      const at = (y * width + x) * 3;
      let moved = 0;
      let room = 0;
      for (let c = 0; c < 3; c++) {
        const background = behind.data[at + c] ?? 0;
        moved += Math.abs((flat.data[at + c] ?? 0) - background);
        room += Math.abs((FLAT[c] ?? 0) - background);
      }
      total += moved / room;
      rows++;
    }
    return total / rows;
  };
  const columns = Math.max(1, Math.round((band * width) / box.width));
  const mean = (from: number) => {
    let sum = 0;
    for (let x = from; x < from + columns; x++) sum += opacityOfColumn(x);
    return sum / columns;
  };
  const [left, right] = [mean(0), mean(width - columns)];
  return rtl ? { start: right, end: left } : { start: left, end: right };
}
