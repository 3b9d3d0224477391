import type { Locator, Page } from '@playwright/test';

export interface OverflowReport {
  clientWidth: number;
  scrollWidth: number;
  /** Elements whose box reaches past the viewport's inline edges, with their extent. */
  offenders: string[];
}

/**
 * What makes a page scroll sideways. Boxes are measured against the root element's, whose width
 * is the viewport's, so the figures hold even when the overflow has already scrolled or zoomed
 * the page. An element inside a box that clips or scrolls its own overflow (the section strip,
 * a dialog) is left to that box, which is judged itself; a box of at most 1 px is the
 * visually-hidden idiom, which no reader sees.
 */
export function overflowReport(page: Page): Promise<OverflowReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const origin = root.getBoundingClientRect().left;
    const clippedByAncestor = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (element: Element, left: number, right: number) => {
      const classes = [...element.classList].slice(0, 4).map((name) => `.${name}`);
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.localName}${classes.join('')} "${text}" spans ${Math.round(left)}..${Math.round(right)} (${Math.round(right - left)} px)`;
    };
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      const [left, right] = [box.left - origin, box.right - origin];
      if (left > -0.5 && right < width + 0.5) continue;
      if (clippedByAncestor(element)) continue;
      offenders.push(describe(element, left, right));
    }
    return { clientWidth: width, scrollWidth: root.scrollWidth, offenders };
  });
}

export interface ScreenBox {
  box: { left: number; top: number; right: number; bottom: number };
  /** The part of the page on the reader's screen: the visual viewport, in the same coordinates. */
  screen: { left: number; top: number; right: number; bottom: number };
  /** Whether a tap at the box's centre lands on the element itself. */
  hitAtCentre: boolean;
}

export function screenBox(locator: Locator): Promise<ScreenBox> {
  return locator.evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    const view = window.visualViewport;
    const root = document.documentElement;
    const screen = view
      ? {
          left: view.offsetLeft,
          top: view.offsetTop,
          right: view.offsetLeft + view.width,
          bottom: view.offsetTop + view.height,
        }
      : { left: 0, top: 0, right: root.clientWidth, bottom: root.clientHeight };
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    return {
      box: { left, top, right, bottom },
      screen: {
        left: Math.max(screen.left, 0),
        top: Math.max(screen.top, 0),
        right: Math.min(screen.right, root.clientWidth),
        bottom: Math.min(screen.bottom, root.clientHeight),
      },
      hitAtCentre: hit !== null && element.contains(hit),
    };
  });
}

/** Sides of `box` that stick out of `screen`, by how many CSS pixels; empty when it fits. */
export function outside({ box, screen }: ScreenBox): string[] {
  const tolerance = 0.5;
  return [
    box.left < screen.left - tolerance && `left by ${screen.left - box.left}`,
    box.top < screen.top - tolerance && `top by ${screen.top - box.top}`,
    box.right > screen.right + tolerance && `right by ${box.right - screen.right}`,
    box.bottom > screen.bottom + tolerance && `bottom by ${box.bottom - screen.bottom}`,
  ].filter((side): side is string => typeof side === 'string');
}
