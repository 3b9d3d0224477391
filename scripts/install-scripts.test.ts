import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * No package may download at install time (the machines that build have no internet but npm's). npm runs a package's install scripts during
 * `npm ci`; each one in the lockfile is listed here with what it does, checked by reading it. A new
 * dependency that brings another install script fails this test until someone has read it.
 */
const REVIEWED_INSTALL_SCRIPTS: Record<string, string> = {
  // `node scripts/build-from-source.js`: compiles only when npm_config_build_from_source is set;
  // otherwise the prebuilt @parcel/watcher-linux-* package is used.
  'node_modules/@parcel/watcher': 'builds only on request',
  // `postinstall.js`: loads the prebuilt @swc/core-* binding; only if that fails does it fetch
  // @swc/wasm, from the npm registry.
  'node_modules/@swc/core': 'checks its prebuilt binding',
  // `prebuild-install || node-gyp rebuild --release`: npm test installs with
  // npm_config_build_from_source=better-sqlite3, so prebuild-install asks GitHub for nothing and
  // node-gyp compiles the bundled SQLite against Node's own headers (about 70 s on two cores).
  'node_modules/better-sqlite3': 'compiles from its own sources',
  // `install.js`: checks the @esbuild/* platform package npm installed (registry only).
  'node_modules/esbuild': 'checks its prebuilt binary',
  // `vnu-java-downloader.js`: fetches a JRE only when `java` is missing; `npm test` installs
  // Debian's JRE before `npm ci` (scripts/run-tests.mjs, ensureJava).
  'node_modules/vnu-jar': 'uses the system Java that npm test installs first',
};

interface LockPackage {
  name?: string;
  version?: string;
  hasInstallScript?: boolean;
  resolved?: string;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>;
};

test('every package with an install script has been reviewed', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([name]) => name)
    .sort();
  assert.deepEqual(withScripts, Object.keys(REVIEWED_INSTALL_SCRIPTS).sort());
});

test('better-sqlite3 is compiled here, never fetched prebuilt', () => {
  const runner = readFileSync('scripts/run-tests.mjs', 'utf8');
  assert.match(runner, /npm_config_build_from_source: 'better-sqlite3'/);
  assert.match(runner, /mustRun\('npm', \['ci'[^)]*\], BUILD_SQLITE_HERE\)/);
});

test('re2 (under metascraper) is replaced by an empty package, so nothing compiles or downloads', () => {
  // url-regex-safe falls back to RegExp when `require('re2')` is not a constructor.
  const re2 = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/re2'));
  assert.ok(re2.length > 0, 'metascraper still depends on re2');
  for (const [name, entry] of re2) {
    assert.equal(`${entry.name}@${entry.version}`, 'empty-npm-package@1.0.0', name);
  }
});

// The lockfile leaves out registry addresses; anything fetched from elsewhere (git, a tarball URL)
// would carry one.
test('every package comes from the npm registry', () => {
  const elsewhere = Object.entries(lock.packages)
    .filter(([name, entry]) => name !== '' && entry.resolved !== undefined)
    .filter(([, entry]) => !entry.resolved!.startsWith('https://registry.npmjs.org/'))
    .map(([name, entry]) => `${name}: ${entry.resolved}`);
  assert.deepEqual(elsewhere, []);
});
