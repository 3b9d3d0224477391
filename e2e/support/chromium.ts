import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

// Flags that keep Chromium quiet on a machine with no network beyond loopback.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's, or Playwright's own. */
export function findChromium(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, DEBIAN_CHROMIUM];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: findChromium(), args: CHROMIUM_FLAGS };
}
