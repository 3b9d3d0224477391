/** The servers under load: `next start`, nginx in front of it, and waiting until they answer. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { BASE, NGINX_PORT, PORT, root } from './load-test-settings';

/** The status of a GET; fetch() cannot be told to take nginx's throwaway certificate. */
export function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const answer = (response: http.IncomingMessage) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    };
    const request = url.startsWith('https:')
      ? https.get(url, { rejectUnauthorized: false }, answer)
      : http.get(url, answer);
    request.on('error', reject);
  });
}

export async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await statusOf(`${BASE}/ar`)) === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer on ${BASE} within the time allowed`);
}

/** `next start` on the build NEXT_DIST_DIR picks. */
export function startNext(): ChildProcess {
  return spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(PORT),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env },
  );
}

/** scripts/nginx.ts in front of the server, with a throwaway certificate. */
export function startNginx(): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/nginx.ts'),
      'run',
      '--tls',
      '--listen',
      `127.0.0.1:${NGINX_PORT}`,
      '--http-listen',
      `127.0.0.1:${NGINX_PORT + 1}`,
      '--upstream',
      `127.0.0.1:${PORT}`,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
