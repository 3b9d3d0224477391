#!/usr/bin/env node
/**
 * The publishing tests' server: the test build (`.next-test`) copied to a folder of its own and
 * started on a copy of the content, so the tests can write and delete stories, and the pages they
 * render on demand never reach the cache the other specs' server reads.
 * Usage: node e2e/support/publish-server.mjs <port>; env PUBLISH_CONTENT_DIR, PUBLISH_DIST_DIR.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const port = process.argv[2];
const contentDir = path.resolve(root, process.env.PUBLISH_CONTENT_DIR ?? '.next-publish-content');
const distDir = process.env.PUBLISH_DIST_DIR ?? '.next-publish';

rmSync(contentDir, { recursive: true, force: true });
cpSync(path.join(root, 'content', 'articles'), contentDir, { recursive: true });
rmSync(path.join(root, distDir), { recursive: true, force: true });
cpSync(path.join(root, '.next-test'), path.join(root, distDir), { recursive: true });

const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
