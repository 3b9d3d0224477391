/**
 * Two `next start` processes behind nginx, each on its own copy of the build (decision 0009), and
 * a load run through nginx while one of them is killed and started again. Used by the two-servers
 * test in `npm test` (e2e/node/two-servers.ts) and by `BENCH_FAILOVER=1 npm run bench`.
 * Every process is started in a process group of its own, and every group is ended when the
 * caller stops it, or at the latest when this process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { get } from './http-get';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function spawnGroup(args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Ends the process's whole group: SIGTERM, then SIGKILL if it is still there after 10 s. */
export async function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (exited(child)) return;
  const gone = once(child, 'exit');
  signalGroup(child, signal);
  const late = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
  await gone;
  clearTimeout(late);
}

export interface NextServer {
  port: number;
  /** Its own build folder, relative to the project: a copy of the build (decision 0009). */
  distDir: string;
}

export function startNext(
  cwd: string,
  { port, distDir }: NextServer,
  env: Record<string, string>,
): ChildProcess {
  const next = path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next');
  return spawnGroup([next, 'start', '-H', '127.0.0.1', '-p', String(port)], cwd, {
    ...env,
    NEXT_DIST_DIR: distDir,
  });
}

/** scripts/nginx.ts with a throwaway certificate, in front of every server in `upstreams`. */
export function startNginx(cwd: string, port: number, upstreams: number[]): ChildProcess {
  return spawnGroup(
    [
      ...['--import', 'tsx', path.join(cwd, 'scripts', 'nginx.ts'), 'run', '--tls'],
      ...['--listen', `127.0.0.1:${port}`, '--http-listen', `127.0.0.1:${port + 1}`],
      ...upstreams.flatMap((upstream) => ['--upstream', `127.0.0.1:${upstream}`]),
    ],
    cwd,
    {},
  );
}

/** A copy of the build for each server, so that no two processes write one cache folder. */
export function copyBuild(cwd: string, source: string, servers: readonly NextServer[]) {
  for (const { distDir } of servers) {
    rmSync(path.join(cwd, distDir), { recursive: true, force: true });
    cpSync(path.join(cwd, source), path.join(cwd, distDir), { recursive: true });
  }
}

export function removeBuilds(cwd: string, servers: readonly NextServer[]) {
  for (const { distDir } of servers) {
    rmSync(path.join(cwd, distDir), { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a starting server answered, per address: counts by status, or by error code. */
export type StartAnswers = Record<string, Record<string, number>>;

/**
 * Asks `origin` for each of `paths` every 100 ms until its /healthz answers 200; returns how long
 * that took and everything it answered on the way (a refused connection, 503, ...).
 */
export async function waitUntilHealthy(
  origin: string,
  paths: readonly string[],
  limitMs = 120_000,
): Promise<{ ms: number; answers: StartAnswers }> {
  const started = performance.now();
  const answers: StartAnswers = Object.fromEntries(['/healthz', ...paths].map((p) => [p, {}]));
  const note = (address: string, what: string) => {
    const counts = answers[address]!;
    counts[what] = (counts[what] ?? 0) + 1;
  };
  const ask = async (address: string) => {
    try {
      const { status } = await get(`${origin}${address}`, limitMs);
      note(address, String(status));
      return status;
    } catch (error) {
      note(address, (error as NodeJS.ErrnoException).code ?? 'error');
      return 0;
    }
  };
  while (performance.now() - started < limitMs) {
    const [health] = await Promise.all([ask('/healthz'), ...paths.map(ask)]);
    if (health === 200) return { ms: Math.round(performance.now() - started), answers };
    await sleep(100);
  }
  throw new Error(`${origin}/healthz did not answer 200 within ${limitMs / 1000} s`);
}

export interface FailoverResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSec: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** When the server was killed, seconds into the run. */
  killedAtSeconds: number;
  /** From the restart until its /healthz answered 200. */
  backAfterMs: number;
  /** What the restarted server answered, directly, while it started. */
  startAnswers: StartAnswers;
}

/**
 * Load through nginx at `origin` on `path` (each request with a query of its own, so nginx's
 * one-second copy does not answer it and every request reaches a server); after `killAfterMs`
 * the `victim` is killed (SIGKILL, its whole group) and `restart` starts it again, and the
 * restarted server is watched directly at `victimOrigin` until its /healthz says ok.
 */
export async function loadWhileRestarting(options: {
  origin: string;
  path: string;
  connections: number;
  seconds: number;
  killAfterMs: number;
  victim: () => ChildProcess;
  restart: () => ChildProcess;
  victimOrigin: string;
  /** How long the restarted server may take to say ok (a large corpus is read first). */
  healthLimitMs?: number;
}): Promise<FailoverResult> {
  const separator = options.path.includes('?') ? '&' : '?';
  const run = autocannon({
    url: `${options.origin}${options.path}${separator}failover=[<id>]`,
    idReplacement: true,
    connections: options.connections,
    duration: options.seconds,
    // As in scripts/load-test.ts: a request still unanswered after 30 s failed.
    timeout: 30,
    // The certificate names localhost; autocannon would send the IP address, which TLS forbids.
    servername: 'localhost',
  });
  const started = performance.now();
  await sleep(options.killAfterMs);
  const killedAtSeconds = Math.round((performance.now() - started) / 100) / 10;
  await stopGroup(options.victim(), 'SIGKILL');
  options.restart();
  const back = await waitUntilHealthy(options.victimOrigin, [options.path], options.healthLimitMs);
  const result = await run;
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    killedAtSeconds,
    backAfterMs: back.ms,
    startAnswers: back.answers,
  };
}
