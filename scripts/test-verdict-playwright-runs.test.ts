import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judgePlaywright, verdict } from './test-verdict.mjs';
import { childEnv } from './test-verdict-fixtures';

const PLAYWRIGHT_CLI = createRequire(import.meta.url).resolve('@playwright/test/cli');

/**
 * Runs Playwright as scripts/run-tests.mjs does, with a JSON report, and judges it. The fixture
 * config is the project's own with one fixture spec and no servers; `config` overrides it.
 * Asynchronous, so that a server in this process can answer Playwright meanwhile.
 */
async function playwright(
  env: Record<string, string>,
  config = 'scripts/fixtures/test-verdict/playwright.config.ts',
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'verdict-'));
  const report = path.join(dir, 'report.json');
  try {
    const exitCode = await new Promise<number>((resolve) => {
      execFile(
        process.execPath,
        [PLAYWRIGHT_CLI, 'test', '-c', config, '--reporter=json'],
        { timeout: 60_000, env: { ...childEnv, ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } },
        (error) => resolve(error ? Number(error.code ?? 1) : 0),
      );
    });
    return judgePlaywright('e2e', exitCode, readFileSync(report, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('real Playwright runs that used to end "0 failed"', { concurrency: true }, () => {
  test('a stray test.only fails the run, with CI unset', async () => {
    const stage = await playwright({ FIXTURE_SPEC: 'stray-only.pw.ts', CI: '' });
    assert.match(
      stage.problems[0] ?? '',
      /^error: .*'\.only' is not allowed due to the 'forbidOnly' option/,
    );
    assert.equal(stage.passed, 0);
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test('a spec that throws while loading fails the run', async () => {
    const stage = await playwright({ FIXTURE_SPEC: 'throws-at-load.pw.ts' });
    assert.ok(
      stage.problems.includes('error: Error: this spec breaks before defining a test'),
      stage.problems.join('; '),
    );
    assert.ok(stage.problems.includes('exited with code 1'), stage.problems.join('; '));
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test('a server left running on the e2e port fails the run', async () => {
    // A leftover `next start` answers 200 on the port the real config would serve the site on.
    const leftover = createServer((_, response) => response.end('an old build'));
    await new Promise<void>((resolve) => leftover.listen(0, '127.0.0.1', resolve));
    const { port } = leftover.address() as AddressInfo;
    try {
      const stage = await playwright({ E2E_PORT: String(port) }, 'playwright.config.ts');
      assert.deepEqual(stage.problems, [
        `error: Error: http://127.0.0.1:${port}/ar is already used, make sure that nothing is running on the port/url or set reuseExistingServer:true in config.webServer.`,
        'exited with code 1',
      ]);
      assert.equal(verdict([stage]).exitCode, 1);
    } finally {
      leftover.close();
    }
  });
});
