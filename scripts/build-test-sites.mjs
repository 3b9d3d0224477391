#!/usr/bin/env node
/**
 * `npm run test:build`: the two production builds the e2e suite serves, and nothing else, so
 * `npm run test:e2e` can run again and again without them. `npm test` makes them the same way.
 * The site's own build (`.next`, what `npm start` serves) is left alone.
 */
import { spawnSync } from 'node:child_process';

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The builds and their settings; the playwright config serves each on its own port. */
export const TEST_BUILDS = [
  // The attack corpus (*.attack.spec.ts) gets its own build, served beside the site.
  {
    SITE_URL: `http://127.0.0.1:${E2E_PORT + 1}`,
    NEXT_DIST_DIR: '.next-attack',
    CONTENT_DIR: 'e2e/fixtures/attack-content',
  },
  // The site's content. The paged, search, publishing, live and archive servers run copies of this
  // build on their own content (e2e/support/fixture-server.mjs): pages render at run time.
  { SITE_URL: `http://127.0.0.1:${E2E_PORT}`, NEXT_DIST_DIR: '.next-test' },
];

/** Exit status of the first build that failed, or 0. */
export function buildTestSites() {
  for (const env of TEST_BUILDS) {
    console.log(`\n$ npm run build  (${env.NEXT_DIST_DIR})`);
    const { status } = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (status !== 0) return status ?? 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(buildTestSites());
