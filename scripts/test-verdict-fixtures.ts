import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** What the verdict tests share: the fixtures, their runner, and a Playwright report to judge. */
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'test-verdict');

// Under `node --test` this is set, and a child runner given it reports to us instead of in TAP.
export const childEnv = { ...process.env };
delete childEnv.NODE_TEST_CONTEXT;
const runs = new Map<string, { exitCode: number; tap: string }>();

/** Runs Node's test runner on one fixture file, as scripts/run-tests.mjs runs the unit tests. */
export function nodeTest(fixture: string) {
  const done = runs.get(fixture);
  if (done) return done;
  const result = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=tap', path.join(FIXTURES, fixture)],
    { encoding: 'utf8', timeout: 30_000, env: childEnv },
  );
  const run = { exitCode: result.status ?? 1, tap: result.stdout };
  runs.set(fixture, run);
  return run;
}

export const lastLine = (lines: string[]) => lines.at(-1);

// Trimmed from real Playwright 1.65 JSON reports (config and suites dropped: the verdict reads
// only stats and errors).
export const report = (stats: Record<string, number>, errors: string[] = []) =>
  JSON.stringify({
    stats: { startTime: '2026-12-01T19:28:30.675Z', duration: 1299.6, flaky: 0, ...stats },
    errors: errors.map((message) => ({ message, stack: message })),
  });
