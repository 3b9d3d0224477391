import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { getFileInfo } from 'prettier';

const ignorePath = path.join(process.cwd(), '.prettierignore');
const ignored = async (file: string) => (await getFileInfo(file, { ignorePath })).ignored;

// An unanchored `content` once matched lib/content/ too, and ten source files went unformatted.
test('source folders that share a name with an ignored folder are still formatted', async () => {
  for (const file of [
    'lib/content/schema.ts',
    'lib/content/load-content.ts',
    'components/story-card.tsx',
  ]) {
    assert.equal(await ignored(file), false, `${file} must be checked by Prettier`);
  }
});

test('content, build output and fixtures stay ignored', async () => {
  for (const file of [
    'content/articles/x/ar.md',
    '.next/server/app.js',
    '.next-test/server/app.js',
    'public/images/x.svg',
    'lib/content/fixtures/broken/bad-yaml/story/ar.md',
  ]) {
    assert.equal(await ignored(file), true, `${file} must not be checked by Prettier`);
  }
});
