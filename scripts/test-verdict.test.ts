import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeExitCode, judgePlaywright, judgeTap, verdict } from './test-verdict.mjs';
import { lastLine, nodeTest, report } from './test-verdict-fixtures';

describe('the unit stage, from the real TAP of node --test', () => {
  test('a green run passes, with its tests counted', () => {
    const { exitCode, tap } = nodeTest('green.fixture.mjs');
    const stage = judgeTap('unit', exitCode, tap);
    assert.deepEqual(stage, { name: 'unit', passed: 2, failed: 0, skipped: 0, problems: [] });
    const result = verdict([stage]);
    assert.equal(result.exitCode, 0);
    assert.equal(lastLine(result.lines), '2 passed, 0 failed');
  });

  test('a skipped test and a todo test are counted and fail the run', () => {
    const { exitCode, tap } = nodeTest('skip-and-todo.fixture.mjs');
    assert.equal(exitCode, 0, 'node --test itself calls this run a success');
    const stage = judgeTap('unit', exitCode, tap);
    assert.equal(stage.passed, 1);
    assert.equal(stage.skipped, 2);
    assert.equal(stage.failed, 1);
    assert.deepEqual(stage.problems, ['2 skipped (remove the skip or the test)']);
    const result = verdict([stage]);
    assert.equal(result.exitCode, 1);
    assert.equal(lastLine(result.lines), '1 passed, 1 failed, 2 skipped');
  });

  test('a failing test fails the run', () => {
    const { exitCode, tap } = nodeTest('one-fails.fixture.mjs');
    const stage = judgeTap('unit', exitCode, tap);
    assert.equal(stage.passed, 1);
    assert.equal(stage.failed, 1);
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test("a test's output that looks like a summary is not read as one", () => {
    const { exitCode, tap } = nodeTest('prints-a-summary.fixture.mjs');
    assert.match(tap, /^# pass 99$/m);
    const stage = judgeTap('unit', exitCode, tap);
    assert.equal(stage.passed, 1);
    assert.equal(stage.failed, 1);
  });

  test('a file that throws while loading fails the run', () => {
    const { exitCode, tap } = nodeTest('throws-at-load.fixture.mjs');
    const stage = judgeTap('unit', exitCode, tap);
    assert.equal(stage.passed, 0);
    assert.ok(stage.failed >= 1);
    assert.ok(stage.problems.includes(`exited with code ${exitCode}`), stage.problems.join('; '));
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test('a runner that wrote no summary fails the run', () => {
    for (const tap of [undefined, '', 'TAP version 13\nok 1 - one\n']) {
      const stage = judgeTap('unit', 1, tap);
      assert.equal(stage.failed, 1);
      assert.match(stage.problems[0] ?? '', /no TAP summary/);
    }
  });

  test('a non-zero exit fails the stage even when the summary is clean', () => {
    const { tap } = nodeTest('green.fixture.mjs');
    const stage = judgeTap('unit', 1, tap);
    assert.deepEqual(stage.problems, ['exited with code 1']);
    assert.equal(stage.failed, 1);
  });
});

const PORT_TAKEN =
  'Error: http://127.0.0.1:4100/ar is already used, make sure that nothing is running on the ' +
  'port/url or set reuseExistingServer:true in config.webServer.';
const SERVER_DIED = 'Error: Process from config.webServer was not able to start. Exit code: 1';
const SPEC_THREW = 'Error: spec blew up while loading';

describe('the e2e stage, from the Playwright JSON report and exit code', () => {
  test('a green run passes', () => {
    const stage = judgePlaywright('e2e', 0, report({ expected: 190, skipped: 0, unexpected: 0 }));
    assert.deepEqual(stage, { name: 'e2e', passed: 190, failed: 0, skipped: 0, problems: [] });
    assert.equal(lastLine(verdict([stage]).lines), '190 passed, 0 failed');
  });

  for (const [what, message] of [
    ['a port already taken', PORT_TAKEN],
    ['a web server that cannot start', SERVER_DIED],
    ['a spec that throws while loading', SPEC_THREW],
  ] as const) {
    test(`${what} (exit 1, zero tests, one error) fails the run`, () => {
      const stage = judgePlaywright(
        'e2e',
        1,
        report({ expected: 0, skipped: 0, unexpected: 0 }, [message]),
      );
      assert.deepEqual(stage.problems, [`error: ${message}`, 'exited with code 1']);
      assert.equal(stage.failed, 1);
      const result = verdict([judgeTap('unit', 0, nodeTest('green.fixture.mjs').tap), stage]);
      assert.equal(result.exitCode, 1);
      assert.equal(lastLine(result.lines), '2 passed, 1 failed');
      assert.ok(result.lines.includes(`  e2e error: ${message}`), result.lines.join('\n'));
    });
  }

  test('errors fail the run even when Playwright exits 0', () => {
    const stage = judgePlaywright(
      'e2e',
      0,
      report({ expected: 3, skipped: 0, unexpected: 0 }, ['Error: boom']),
    );
    assert.deepEqual(stage.problems, ['error: Error: boom']);
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test('only the first line of a long error is printed', () => {
    const stage = judgePlaywright(
      'e2e',
      1,
      report({ expected: 0 }, ['Error: first\n    at x.ts:1']),
    );
    assert.equal(stage.problems[0], 'error: Error: first');
  });

  test('zero tests fail the run even with exit 0', () => {
    const stage = judgePlaywright('e2e', 0, report({ expected: 0, skipped: 0, unexpected: 0 }));
    assert.deepEqual(stage.problems, ['ran no tests']);
    assert.equal(verdict([stage]).exitCode, 1);
  });

  test('skipped tests (test.skip, test.fixme) are counted and fail the run', () => {
    const stage = judgePlaywright('e2e', 0, report({ expected: 1, skipped: 2, unexpected: 0 }));
    assert.equal(stage.skipped, 2);
    const result = verdict([stage]);
    assert.equal(result.exitCode, 1);
    assert.ok(result.lines.includes('e2e: 1 passed, 1 failed, 2 skipped'), result.lines.join('\n'));
    assert.equal(lastLine(result.lines), '1 passed, 1 failed, 2 skipped');
  });

  test('failed tests are counted as they are', () => {
    const stage = judgePlaywright('e2e', 1, report({ expected: 10, skipped: 0, unexpected: 3 }));
    assert.equal(stage.failed, 3);
    assert.equal(lastLine(verdict([stage]).lines), '10 passed, 3 failed');
  });

  test('a missing or unreadable report fails the run', () => {
    for (const json of [undefined, '{"stats":']) {
      const stage = judgePlaywright('e2e', 1, json);
      assert.equal(stage.failed, 1);
      assert.equal(stage.problems.length, 2);
      assert.equal(verdict([stage]).exitCode, 1);
    }
  });
});

describe('the load stage and the totals', () => {
  test('the load run counts as one test, passed or failed by its exit code', () => {
    assert.deepEqual(judgeExitCode('load', 0), {
      name: 'load',
      passed: 1,
      failed: 0,
      skipped: 0,
      problems: [],
    });
    assert.deepEqual(judgeExitCode('load', 1), {
      name: 'load',
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: ['exited with code 1'],
    });
  });

  test('every stage has its line; the last line is the totals alone', () => {
    const result = verdict([
      judgeTap('unit', 0, nodeTest('green.fixture.mjs').tap),
      judgePlaywright('e2e', 0, report({ expected: 5, skipped: 0, unexpected: 0 })),
      judgeExitCode('load', 0),
    ]);
    assert.deepEqual(result, {
      lines: [
        'unit: 2 passed, 0 failed, 0 skipped',
        'e2e: 5 passed, 0 failed, 0 skipped',
        'load: 1 passed, 0 failed, 0 skipped',
        '8 passed, 0 failed',
      ],
      exitCode: 0,
    });
  });

  test('one failing stage fails the run', () => {
    const result = verdict([
      judgePlaywright('e2e', 0, report({ expected: 5, skipped: 0, unexpected: 0 })),
      judgeExitCode('load', 1),
    ]);
    assert.equal(result.exitCode, 1);
    assert.equal(lastLine(result.lines), '5 passed, 1 failed');
  });

  test('no stages at all is not a pass', () => {
    assert.equal(verdict([]).exitCode, 1);
  });
});
