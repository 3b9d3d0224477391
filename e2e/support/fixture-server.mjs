#!/usr/bin/env node
/**
 * The test build (`.next-test`) served on another content folder. Pages render from the content
 * at run time, so a fixture corpus needs no build of its own: only a copy of the build folder, so
 * that the pages it renders never reach the cache the site's test server reads.
 *
 * Usage: node e2e/support/fixture-server.mjs <port> <name> <content folder> [--copy-content]
 * serves `.next-<name>` on 127.0.0.1:<port>. With --copy-content the content is copied to
 * `.next-<name>-content` first, for tests that write and delete stories; with --copy-live the
 * site's live pages (content/live) are copied to `.next-<name>-live` and served too (LIVE_DIR).
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const [port, name, source, ...flags] = process.argv.slice(2);
if (!port || !name || !source) {
  console.error(
    'usage: fixture-server.mjs <port> <name> <content folder> [--copy-content] [--copy-live]',
  );
  process.exit(2);
}
const distDir = `.next-${name}`;
let contentDir = path.resolve(root, source);
if (flags.includes('--copy-content')) {
  contentDir = path.join(root, `${distDir}-content`);
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(path.resolve(root, source), contentDir, { recursive: true });
}
let liveDir = '';
if (flags.includes('--copy-live')) {
  liveDir = path.join(root, `${distDir}-live`);
  rmSync(liveDir, { recursive: true, force: true });
  cpSync(path.join(root, 'content', 'live'), liveDir, { recursive: true });
}
// The pages prerendered from the site's content must not be served for this one: touched now,
// the content is newer than every page in the copied build, so each renders afresh.
const now = new Date();
utimesSync(contentDir, now, now);
rmSync(path.join(root, distDir), { recursive: true, force: true });
cpSync(path.join(root, '.next-test'), path.join(root, distDir), { recursive: true });

const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir, LIVE_DIR: liveDir },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
