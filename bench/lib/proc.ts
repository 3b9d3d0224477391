/** Child processes for the benchmark: timed runs with peak memory, and servers on our ports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface RunResult {
  seconds: number;
  /** Peak of the summed resident memory of the process and all its descendants, MiB. */
  peakRssMiB: number;
  code: number;
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(name));
      tree.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return tree;
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Summed RSS of pid and its descendants, KiB. */
export function treeRssKiB(pid: number): number {
  const tree = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    total += rssKiB(current);
    stack.push(...(tree.get(current) ?? []));
  }
  return total;
}

/** Runs a command to the end, sampling the memory of its process tree every 200 ms. */
export function timed(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; quiet?: boolean },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    }, 200);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssMiB: Math.round(peak / 1024),
        code: code ?? 1,
        output,
      });
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface Server {
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; readyUrl: string },
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitFor(options.readyUrl);
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        // The server runs in its own process group: end exactly that group, nothing else.
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
}
