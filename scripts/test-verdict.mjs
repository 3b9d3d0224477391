/**
 * What each stage of `npm test` proved, read from its exit code and its report, and the verdict
 * on the whole run. A stage counts as failed when it exits non-zero, reports errors, runs no test
 * or skips one (a skipped or todo test proves nothing): a runner that dies before its first test
 * must never read as "0 failed". Plain Node only, like scripts/run-tests.mjs, which imports it.
 */

function judge(name, exitCode, { passed, failed, skipped, problems }) {
  const found = [...problems];
  if (exitCode !== 0) found.push(`exited with code ${exitCode}`);
  if (passed + failed === 0 && problems.length === 0) found.push('ran no tests');
  if (skipped > 0) found.push(`${skipped} skipped (remove the skip or the test)`);
  // The stage's own failure counts when none of its tests did, so the totals cannot say 0 failed.
  return {
    name,
    passed,
    failed: found.length > 0 ? Math.max(failed, 1) : failed,
    skipped,
    problems: found,
  };
}

/** Node's test runner, from its TAP report (undefined when the file was never written). */
export function judgeTap(name, exitCode, tap) {
  // The summary is the last of the "# key N" lines: a test's own output comes out as such lines too.
  const read = (key) => {
    const match = [...(tap ?? '').matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))].at(-1);
    return match ? Number(match[1]) : undefined;
  };
  const [pass, fail, cancelled, skipped, todo] = [
    'pass',
    'fail',
    'cancelled',
    'skipped',
    'todo',
  ].map(read);
  if ([pass, fail, cancelled, skipped, todo].includes(undefined)) {
    return judge(name, exitCode, {
      passed: 0,
      failed: 0,
      skipped: 0,
      problems: ['wrote no TAP summary (the runner crashed or never started)'],
    });
  }
  return judge(name, exitCode, {
    passed: pass,
    failed: fail + cancelled,
    skipped: skipped + todo,
    problems: [],
  });
}

/**
 * Playwright, from its JSON report (undefined when the file was never written). Errors outside
 * any test (a web server that cannot start, a port already taken, a spec that throws while
 * loading) are in `errors`, with every count at zero.
 */
export function judgePlaywright(name, exitCode, json) {
  if (json === undefined) {
    return judge(name, exitCode, {
      passed: 0,
      failed: 0,
      skipped: 0,
      problems: ['wrote no JSON report (Playwright crashed or never started)'],
    });
  }
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    return judge(name, exitCode, {
      passed: 0,
      failed: 0,
      skipped: 0,
      problems: ['wrote a JSON report that does not parse'],
    });
  }
  const count = (key) => {
    const value = report.stats?.[key];
    return typeof value === 'number' ? value : 0;
  };
  const errors = Array.isArray(report.errors) ? report.errors : [];
  return judge(name, exitCode, {
    passed: count('expected') + count('flaky'),
    failed: count('unexpected'),
    skipped: count('skipped'),
    problems: errors.map(
      (error) => `error: ${String(error.message ?? 'no message').split('\n')[0]}`,
    ),
  });
}

/** A stage that is one check, such as the load run: its exit code is the whole report. */
export function judgeExitCode(name, exitCode) {
  return judge(name, exitCode, {
    passed: exitCode === 0 ? 1 : 0,
    failed: exitCode === 0 ? 0 : 1,
    skipped: 0,
    problems: [],
  });
}

/**
 * The report's closing lines: one per stage with its problems under it, then the totals, which
 * CI reads as "N passed, N failed" alone on the last line (", N skipped" follows when any were).
 */
export function verdict(stages) {
  const sum = (key) => stages.reduce((total, stage) => total + stage[key], 0);
  const lines = stages.flatMap((stage) => [
    `${stage.name}: ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped} skipped`,
    ...stage.problems.map((problem) => `  ${stage.name} ${problem}`),
  ]);
  const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
  lines.push(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  const clean =
    stages.length > 0 && stages.every((stage) => stage.problems.length === 0 && stage.failed === 0);
  return { lines, exitCode: clean ? 0 : 1 };
}
