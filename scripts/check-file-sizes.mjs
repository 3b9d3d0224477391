#!/usr/bin/env node
/**
 * Every source file under 250 lines (docs/architecture.md): a file that grows past it has more
 * than one job. Prints each one over, with its count, and exits 1; part of `npm run check:shape`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MAX_LINES = 250;
const root = path.resolve(import.meta.dirname, '..');
const SOURCE = /\.(?:ts|tsx|mts|mjs|cjs|js|css)$/;
// Built, installed or generated: nothing in them is written by hand.
const SKIP = /^(?:node_modules|\.next.*|\.git|test-results|playwright-report|\.fonts|\.probe)$/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

const over = [];
let count = 0;
for (const file of sourceFiles(root)) {
  count += 1;
  const lines = readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines >= MAX_LINES) over.push(`${path.relative(root, file)}: ${lines} lines`);
}
if (count === 0) {
  console.error('No source files found: the check looked in the wrong place.');
  process.exit(1);
}
if (over.length > 0) {
  console.error(`${over.length} source files of ${count} have ${MAX_LINES} lines or more:`);
  for (const line of over) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`${count} source files, each under ${MAX_LINES} lines.`);
