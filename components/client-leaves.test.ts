import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * Client components are small leaves (docs/architecture.md): each one here by name, with the most
 * lines it may grow to. A new 'use client' file fails this test until it is added on purpose.
 */
const CLIENT_LEAVES: Record<string, number> = {
  'app/[locale]/error.tsx': 60,
  'app/global-error.tsx': 60,
  'components/article/continue-reading-button.tsx': 60,
  'components/article/copy-link-button.tsx': 80,
  'components/article/native-share-button.tsx': 60,
  'components/article/share-sheet-controls.tsx': 80,
  'components/layout/date-line.tsx': 80,
  'components/layout/error-text.tsx': 40,
  'components/layout/theme-switch.tsx': 80,
  // Polls for new posts and keeps "5 minutes ago" current: the one island with real work.
  'components/live/live-updates.tsx': 160,
};

// What runs in the browser must not pull in the server's data, SEO or search code, or Node.
const SERVER_ONLY = [
  /^@\/lib\/(content|seo|search|pages|http|og|media|full-text)(\/|$)/,
  /^next-intl\/server$/,
  /^node:/,
  /^server-only$/,
];

const root = path.resolve(import.meta.dirname, '..');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) yield file;
  }
}

const clientFiles = [...sourceFiles('app'), ...sourceFiles('components')]
  .filter((file) => /^['"]use client['"]/.test(readFileSync(path.join(root, file), 'utf8')))
  .sort();

test("the 'use client' files are exactly the listed leaves", () => {
  assert.deepEqual(clientFiles, Object.keys(CLIENT_LEAVES).sort());
});

test('each client leaf stays within its line budget', () => {
  const over = clientFiles.flatMap((file) => {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;
    const budget = CLIENT_LEAVES[file] ?? 0;
    return lines > budget ? [`${file}: ${lines} lines, budget ${budget}`] : [];
  });
  assert.deepEqual(over, []);
});

test('no client leaf imports server-side code', () => {
  const imports = /^import[^'"]*['"]([^'"]+)['"]/gm;
  const offending = clientFiles.flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return [...text.matchAll(imports)]
      .map((match) => match[1]!)
      .filter((specifier) => SERVER_ONLY.some((pattern) => pattern.test(specifier)))
      .map((specifier) => `${file} imports ${specifier}`);
  });
  assert.deepEqual(offending, []);
});
