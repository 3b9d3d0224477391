import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second build, made from e2e/fixtures/attack-content (see scripts/run-tests.mjs), proves the
// sanitiser in a browser: *.attack.spec.ts run against it and only against it.
const ATTACK_PORT = PORT + 1;
const attackURL = `http://127.0.0.1:${ATTACK_PORT}`;
const ATTACK_SPEC = /.*\.attack\.spec\.ts$/;
// A third, from e2e/fixtures/paged-content, has lists long enough for a second page (the site's
// own content fills none): *.paged.spec.ts.
const PAGED_PORT = PORT + 2;
const pagedURL = `http://127.0.0.1:${PAGED_PORT}`;
const PAGED_SPEC = /.*\.paged\.spec\.ts$/;

function nextStart(port: number, env: Record<string, string>) {
  return {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/ar`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...(process.env as Record<string, string>), ...env },
  };
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Always: a stray test.only would make a local run pass on one test.
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'phone',
      // *.once.spec.ts do not depend on the screen (HTTP clients): the desktop project runs them.
      testIgnore: [/.*\.once\.spec\.ts$/, ATTACK_SPEC, PAGED_SPEC],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'desktop',
      // *.phone.spec.ts covers what only phones show, such as the share sheet.
      testIgnore: [/.*\.phone\.spec\.ts$/, ATTACK_SPEC, PAGED_SPEC],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'attack',
      testMatch: ATTACK_SPEC,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: attackURL,
      },
    },
    {
      name: 'paged',
      testMatch: PAGED_SPEC,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: pagedURL,
      },
    },
  ],
  // The production builds, served on loopback only.
  webServer: [
    nextStart(PORT, { SITE_URL: process.env.SITE_URL ?? baseURL }),
    nextStart(ATTACK_PORT, {
      SITE_URL: attackURL,
      NEXT_DIST_DIR: '.next-attack',
      CONTENT_DIR: 'e2e/fixtures/attack-content',
    }),
    nextStart(PAGED_PORT, {
      SITE_URL: pagedURL,
      NEXT_DIST_DIR: '.next-paged',
      CONTENT_DIR: 'e2e/fixtures/paged-content',
    }),
  ],
});
