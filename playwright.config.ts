import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { fixtureServer, nextStart, nginx } from './e2e/support/web-servers';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The builds `npm run test:build` (or `npm test`) made: `npm run test:e2e` serves them as they are.
process.env.NEXT_DIST_DIR ??= '.next-test';
process.env.SITE_URL ??= `http://127.0.0.1:${PORT}`;
// A server you already run (`E2E_BASE_URL=http://127.0.0.1:3000 npx playwright test
// e2e/article.spec.ts --project=desktop`): no server is started, and only the phone and desktop
// projects have somewhere to go.
const ownServer = process.env.E2E_BASE_URL;
const baseURL = ownServer ?? `http://127.0.0.1:${PORT}`;
// A second build, made from e2e/fixtures/attack-content (see scripts/run-tests.mjs), proves the
// sanitiser in a browser: *.attack.spec.ts run against it and only against it.
const ATTACK_PORT = PORT + 1;
const attackURL = `http://127.0.0.1:${ATTACK_PORT}`;
const ATTACK_SPEC = /.*\.attack\.spec\.ts$/;
// A third serves the test build on e2e/fixtures/paged-content, whose lists are long enough for a
// second page (the site's own content fills none): *.paged.spec.ts.
const PAGED_PORT = PORT + 2;
const pagedURL = `http://127.0.0.1:${PAGED_PORT}`;
const PAGED_SPEC = /.*\.paged\.spec\.ts$/;
// *.publish.spec.ts write stories into the content folder of a fourth server of their own.
const PUBLISH_PORT = PORT + 3;
const publishURL = `http://127.0.0.1:${PUBLISH_PORT}`;
const PUBLISH_SPEC = /.*\.publish\.spec\.ts$/;
// *.archive.spec.ts read a generated corpus of a few thousand stories, served by a sixth server,
// and check its lists, deep pages, sitemaps and feeds against the files themselves.
const ARCHIVE_PORT = PORT + 4;
const archiveURL = `http://127.0.0.1:${ARCHIVE_PORT}`;
const ARCHIVE_SPEC = /.*\.archive\.spec\.ts$/;
const ARCHIVE_STORIES = 2_500;
// *.live.spec.ts write posts into a copy of the live pages, on a server of their own.
const LIVE_PORT = PORT + 6;
const liveURL = `http://127.0.0.1:${LIVE_PORT}`;
const LIVE_SPEC = /.*\.live\.spec\.ts$/;
// *.search.spec.ts search e2e/fixtures/search-content, whose stories hold the words Arabic search
// must find (and one scheduled, one draft, which it must not), on a server of their own.
const SEARCH_PORT = PORT + 5;
const searchURL = `http://127.0.0.1:${SEARCH_PORT}`;
const SEARCH_SPEC = /.*\.search\.spec\.ts$/;
// The spec reads the same folder.
const ARCHIVE_CONTENT_DIR = (process.env.ARCHIVE_CONTENT_DIR ??= '.next-archive-source');
// The tests and the publishing server must agree on it; it opens nothing but that server.
process.env.PREVIEW_SECRET ??= 'e2e-preview-secret';
// deploy/nginx.conf in front of the site, over TLS with a throwaway certificate (and plain HTTP,
// which only redirects): the hostile-request suite and *.nginx.spec.ts run through it as well.
const NGINX_PORT = Number(process.env.NGINX_PORT ?? PORT + 80);
const nginxURL = `https://127.0.0.1:${NGINX_PORT}`;
const NGINX_SPEC = /.*\.nginx\.spec\.ts$/;
// The publishing tests through nginx need a publishing server of their own: the direct run writes
// and deletes the same stories in its content folder at the same time.
const PUBLISH_NGINX_UPSTREAM_PORT = NGINX_PORT + 2;
const PUBLISH_NGINX_PORT = NGINX_PORT + 3;
const publishNginxURL = `https://127.0.0.1:${PUBLISH_NGINX_PORT}`;

// The two screens every suite is seen on: a phone with touch, and a laptop.
const PHONE = {
  ...devices['Desktop Chrome'],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

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
      testIgnore: [
        /.*\.once\.spec\.ts$/,
        ATTACK_SPEC,
        PAGED_SPEC,
        PUBLISH_SPEC,
        NGINX_SPEC,
        ARCHIVE_SPEC,
        LIVE_SPEC,
        SEARCH_SPEC,
      ],
      use: PHONE,
    },
    {
      name: 'desktop',
      // *.phone.spec.ts covers what only phones show, such as the share sheet.
      testIgnore: [
        /.*\.phone\.spec\.ts$/,
        ATTACK_SPEC,
        PAGED_SPEC,
        PUBLISH_SPEC,
        NGINX_SPEC,
        ARCHIVE_SPEC,
        LIVE_SPEC,
        SEARCH_SPEC,
      ],
      use: DESKTOP,
    },
    {
      name: 'nginx',
      testMatch: [/hostile-urls\.once\.spec\.ts$/, NGINX_SPEC],
      metadata: { behindNginx: true, httpURL: `http://127.0.0.1:${NGINX_PORT + 1}` },
      use: { baseURL: nginxURL, ignoreHTTPSErrors: true },
    },
    {
      name: 'nginx-publish',
      testMatch: PUBLISH_SPEC,
      // It measures Next.js's own cache folders, which nginx in front leaves as they are; it takes
      // minutes, and two at once on two cores outran its 10 minutes.
      grepInvert: /unknown slugs leave the server cache folders/,
      metadata: { publishServer: 'publish-nginx' },
      use: { ...devices['Desktop Chrome'], baseURL: publishNginxURL, ignoreHTTPSErrors: true },
    },
    {
      name: 'attack',
      testMatch: ATTACK_SPEC,
      use: {
        ...DESKTOP,
        baseURL: attackURL,
      },
    },
    {
      name: 'paged',
      testMatch: PAGED_SPEC,
      use: {
        ...DESKTOP,
        baseURL: pagedURL,
      },
    },
    {
      name: 'archive',
      testMatch: ARCHIVE_SPEC,
      use: { baseURL: archiveURL },
    },
    {
      name: 'live-phone',
      testMatch: LIVE_SPEC,
      use: {
        ...PHONE,
        baseURL: liveURL,
      },
    },
    {
      name: 'live-desktop',
      testMatch: LIVE_SPEC,
      use: {
        ...DESKTOP,
        baseURL: liveURL,
      },
    },
    {
      name: 'search',
      testMatch: SEARCH_SPEC,
      use: {
        ...DESKTOP,
        baseURL: searchURL,
      },
    },
    {
      name: 'publish',
      testMatch: PUBLISH_SPEC,
      metadata: { publishServer: 'publish' },
      use: { ...devices['Desktop Chrome'], baseURL: publishURL },
    },
  ],
  // The production builds, served on loopback only.
  webServer: ownServer
    ? []
    : [
        nextStart(PORT, { SITE_URL: process.env.SITE_URL }),
        nextStart(ATTACK_PORT, {
          SITE_URL: attackURL,
          NEXT_DIST_DIR: '.next-attack',
          CONTENT_DIR: 'e2e/fixtures/attack-content',
        }),
        fixtureServer(PAGED_PORT, 'paged', 'e2e/fixtures/paged-content'),
        fixtureServer(SEARCH_PORT, 'search', 'e2e/fixtures/search-content'),
        fixtureServer(PUBLISH_PORT, 'publish', 'content/articles', '--copy-content'),
        fixtureServer(LIVE_PORT, 'live', 'content/articles', '--copy-live'),
        fixtureServer(
          PUBLISH_NGINX_UPSTREAM_PORT,
          'publish-nginx',
          'content/articles',
          '--copy-content',
        ),
        {
          ...fixtureServer(ARCHIVE_PORT, 'archive', ARCHIVE_CONTENT_DIR),
          command: [
            `npx tsx bench/generate-articles.ts ${ARCHIVE_STORIES} ${ARCHIVE_CONTENT_DIR}`,
            fixtureServer(ARCHIVE_PORT, 'archive', ARCHIVE_CONTENT_DIR).command,
          ].join(' && '),
          // The first start indexes every story of the corpus.
          timeout: 300_000,
        },
        nginx(NGINX_PORT, PORT),
        nginx(PUBLISH_NGINX_PORT, PUBLISH_NGINX_UPSTREAM_PORT),
      ],
});
