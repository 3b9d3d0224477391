/**
 * `npm run content:check [-- --dir path] [--public path]`: checks every article as the build does
 * (images resolved under --public, public/ by default) and prints each problem with its file,
 * field and fix. Exits 1 when there is any problem.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/authoring/check-images';
import { formatProblems } from '../lib/content/article';
import { defaultContentLocation, loadContent } from '../lib/content/load-content';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, public: { type: 'string' } },
});
const defaults = defaultContentLocation();
const location = {
  ...defaults,
  contentDir: values.dir ? path.resolve(values.dir) : defaults.contentDir,
  publicDir: values.public ? path.resolve(values.public) : defaults.publicDir,
};

const { articles, problems } = await checkContent(() => loadContent(location), location.publicDir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const stories = new Set(articles.map((article) => article.id)).size;
console.log(`Content check passed: ${articles.length} files in ${stories} stories, no problems.`);
