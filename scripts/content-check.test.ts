import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(import.meta.dirname, 'fixtures');

function contentCheck(dir: string, ...flags: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/content-check.ts', '--dir', dir, ...flags], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('content:check accepts valid files, BOM and CRLF included', () => {
  // The fixture must keep its BOM and CRLF endings (formatters would strip them).
  const raw = readFileSync(path.join(fixtures, 'valid', 'sample-story', 'en.md'), 'utf8');
  assert.ok(raw.startsWith('\uFEFF---\r\n'));
  const { status, stdout } = contentCheck(path.join(fixtures, 'valid'));
  assert.equal(status, 0);
  assert.match(stdout, /2 files in 1 stories, no problems/);
});

test('content:check names file, field and fix for every broken file', () => {
  const { status, stderr } = contentCheck(path.join(fixtures, 'broken'));
  assert.equal(status, 1);
  assert.match(stderr, /Content check failed with 3 problems/);
  assert.match(
    stderr,
    /broken\/bad-date\/ar\.md: field "publishedAt" must be a real date and time with an offset \(fix: .*2021-01-22T11:40:00\+03:00\)/,
  );
  assert.match(
    stderr,
    /broken\/no-title\/en\.md: field "title" is missing \(fix: write the headline/,
  );
  assert.match(
    stderr,
    /broken\/no-title\/en\.md: field "section" must be one of: politics, .* \(fix: /,
  );
});

test('content:check reports a folder it cannot read', () => {
  const { status, stderr } = contentCheck(path.join(fixtures, 'does-not-exist'));
  assert.equal(status, 1);
  assert.match(stderr, /does-not-exist cannot be read/);
});

test('content:check gives an alias bomb and a text file named .svg one line each, and goes on', () => {
  const publicDir = path.join(root, 'lib', 'content', 'fixtures', 'public');
  const { status, stdout, stderr } = contentCheck(
    path.join(fixtures, 'unreadable'),
    '--public',
    publicDir,
  );
  assert.equal(status, 1);
  assert.equal(stdout, '');
  const lines = stderr.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 1), ['Content check failed with 2 problems:']);
  assert.equal(lines.length, 3, stderr);
  assert.match(
    stderr,
    /unreadable\/alias-bomb\/ar\.md has front matter that uses a YAML alias \(\*a, front matter line 11\) \(fix: /,
  );
  assert.match(
    stderr,
    /unreadable\/fake-picture\/ar\.md: field "image\.src" points to \/images\/articles\/not-an-image\.svg, which is not a picture: .* \(fix: /,
  );
  assert.doesNotMatch(stderr, /\n\s+at |Error:/);
});
