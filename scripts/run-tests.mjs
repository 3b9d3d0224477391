#!/usr/bin/env node
/**
 * `npm test`: everything a fresh machine needs, then every test.
 * 1. installs npm packages when node_modules is missing or older than the lock file;
 * 2. finds a Chromium ($PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium, Playwright's own) and,
 *    as root on Debian, installs Debian's chromium when there is none; likewise Java for the
 *    Nu HTML Checker and nginx for the hostile-request suite behind it;
 * 3. lint, type and shape checks (`npm run check:shape`), unit tests, a production build for the tests, Playwright e2e, two
 *    servers behind nginx with one killed under load, the load tests;
 * 4. ends with one line "N passed, N failed" (scripts/test-verdict.mjs says what counts).
 * Plain Node only: it must run before any package is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTestSites } from './build-test-sites.mjs';
import { judgeExitCode, judgePlaywright, judgeTap, verdict } from './test-verdict.mjs';

const root = path.resolve(import.meta.dirname, '..');
const E2E_PORT = process.env.E2E_PORT ?? '3100';
const SITE_URL = `http://127.0.0.1:${E2E_PORT}`;
const resultsDir = path.join(root, 'test-results');

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function mustRun(command, args, env) {
  const status = run(command, args, env);
  if (status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed with exit code ${status}.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const BUILD_SQLITE_HERE = { npm_config_build_from_source: 'better-sqlite3' };

function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // better-sqlite3 then compiles its bundled SQLite instead of asking GitHub for a binary.
  mustRun('npm', ['ci', '--no-audit', '--no-fund'], BUILD_SQLITE_HERE);
}

async function findChromium() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  const { chromium } = await import('@playwright/test');
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : null;
}

async function ensureChromium() {
  if (await findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium found: installing Debian's chromium package.");
    mustRun('apt-get', ['update', '-qq']);
    mustRun('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (await findChromium()) return;
  }
  console.error(
    'No Chromium found. Install one and run again: `apt-get install chromium` on Debian, or set ' +
      'PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/**
 * The hostile-request suite, the publishing tests and a load run also go through nginx
 * (deploy/nginx.conf, scripts/nginx.ts), which needs openssl for its throwaway certificate;
 * Debian's packages will do.
 */
function ensureNginx() {
  const missing = ['nginx', 'openssl'].filter(
    (tool) =>
      spawnSync(tool, [tool === 'nginx' ? '-v' : 'version'], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`No ${missing.join(' or ')} found: installing Debian's ${missing.join(' and ')}.`);
    mustRun('apt-get', ['update', '-qq']);
    mustRun('apt-get', ['install', '-y', '-qq', ...missing], { DEBIAN_FRONTEND: 'noninteractive' });
    return;
  }
  console.error(
    `No ${missing.join(' or ')} found: install it (e.g. \`apt-get install ${missing.join(' ')}\`) and run again.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Unit test files: Node 20's test runner does not expand globs itself. */
function unitTestFiles() {
  return ['lib', 'i18n', 'components', 'scripts', 'bench/corpus'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => path.join(dir, file)),
  );
}

/** The Nu HTML Checker runs on Java; Debian's headless JRE is enough. */
function ensureJava() {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0) return;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log("No Java found: installing Debian's default-jre-headless for the HTML checker.");
    mustRun('apt-get', ['update', '-qq']);
    mustRun('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    return;
  }
  console.error(
    'No Java found: install a Java runtime (e.g. `apt-get install default-jre-headless`).',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/**
 * Deletes the report an earlier run left, so it cannot stand in for one this run failed to write,
 * and returns the reader to call once the stage has run (undefined: no report was written).
 */
function freshReport(file) {
  rmSync(file, { force: true });
  return () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}

// Java first: vnu-jar's install script looks for it and, finding none, tries to download a JRE.
ensureJava();
ensureDependencies();
await ensureChromium();
ensureNginx();
mkdirSync(resultsDir, { recursive: true });

mustRun('npm', ['run', 'lint']);
mustRun('npm', ['run', 'typecheck']);
// Layers, no cycles, no unused files or exports, no copied blocks, no file of 250 lines or more.
mustRun('npm', ['run', 'check:shape']);

// Outside test-results/: a unit test that runs Playwright (scripts/test-verdict.test.ts) may empty
// that folder while the unit runner is still writing its report there.
const unitTap = path.join(os.tmpdir(), `alriwaq-unit-${process.pid}.tap`);
const readUnitTap = freshReport(unitTap);
const unitStatus = run('node', [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${unitTap}`,
  ...unitTestFiles(),
]);
const unit = judgeTap('unit', unitStatus, readUnitTap());

const testEnv = { SITE_URL, NEXT_DIST_DIR: '.next-test', E2E_PORT };
if (buildTestSites() !== 0) {
  console.error('\nA test build failed: its errors are above.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const e2eJson = path.join(resultsDir, 'e2e.json');
const readE2eJson = freshReport(e2eJson);
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  ...testEnv,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
});
const e2e = judgePlaywright('e2e', e2eStatus, readE2eJson());

// Two servers behind nginx on copies of the test build: a story published while both run, and
// one killed under load and restarted (e2e/node/two-servers.ts). Node's test runner, for its
// counts: like the unit stage, zero tests or a non-zero exit fail it.
const twoServersTap = path.join(os.tmpdir(), `alriwaq-two-servers-${process.pid}.tap`);
const readTwoServersTap = freshReport(twoServersTap);
const twoServersStatus = run(
  'node',
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${twoServersTap}`,
    'e2e/node/two-servers.ts',
  ],
  testEnv,
);
const twoServers = judgeTap('two servers', twoServersStatus, readTwoServersTap());

// The short load run the CI can afford: 200 connections, 10 s per target, zero errors allowed;
// then the same through nginx (deploy/nginx.conf, https), where readers would meet it.
// `npm run load-test` is the full 60 s run with the memory check.
const loadRun = (through) =>
  run('npx', ['tsx', 'scripts/load-test.ts'], {
    NEXT_DIST_DIR: '.next-test',
    LOAD_SECONDS: '10',
    LOAD_CHECK_MEMORY: '0',
    LOAD_THROUGH_NGINX: through === 'nginx' ? '1' : '0',
  });
const load = judgeExitCode('load', loadRun('next'));
const loadNginx = judgeExitCode('load through nginx', loadRun('nginx'));

const { lines, exitCode } = verdict([unit, e2e, twoServers, load, loadNginx]);
console.log(`\n${lines.join('\n')}`);
process.exit(exitCode);
