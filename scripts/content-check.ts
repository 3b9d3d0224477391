/**
 * `npm run content:check [-- --dir path] [--public path] [--live path]`: checks every article and
 * live page as the build and the server do (images resolved under --public, public/ by default)
 * and prints each problem with its file, field and fix. Exits 1 when there is any problem.
 * Unchanged folders are not read again: the content index (lib/content/story-index.ts) remembers
 * them.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../lib/content/article';
import { ContentStore } from '../lib/content/content-store';
import { defaultContentLocation } from '../lib/content/content-location';
import { defaultLiveLocation } from '../lib/content/live/live-location';
import { LiveStore } from '../lib/content/live/live-store';
import { folderCheckPool } from './lib/folder-check-pool';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, public: { type: 'string' }, live: { type: 'string' } },
});
const defaults = defaultContentLocation();
const location = {
  ...defaults,
  contentDir: values.dir ? path.resolve(values.dir) : defaults.contentDir,
  publicDir: values.public ? path.resolve(values.public) : defaults.publicDir,
};

// The index the server and the build read: what this check parses, they need not parse again.
const pool = folderCheckPool(location);
const store = new ContentStore(location, { checkFolders: pool.checkFolders });
await store.refresh('all', { announce: false });
await pool.close();
// Live pages (LIVE_DIR, content/live by default) are checked the same way, with the same lines.
// As the server does: beside another article folder, only the live pages --live (LIVE_DIR) names.
const live = new LiveStore(
  defaultLiveLocation({
    ...process.env,
    ...(values.dir && { CONTENT_DIR: values.dir }),
    ...(values.live !== undefined && { LIVE_DIR: values.live }),
  }),
);
await live.refresh();
const { index } = store;
const problems = [...store.problems, ...live.problems];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content check passed: ${index.size()} files in ${index.storyCount()} stories${
    live.pages.length > 0 ? ` and ${live.pages.length} live pages` : ''
  }, no problems.`,
);
