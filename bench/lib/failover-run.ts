/** BENCH_FAILOVER=1: two servers behind nginx on a corpus build, one killed under load. */
import { generatedSlug } from '../generate-articles';
import {
  copyBuild,
  loadWhileRestarting,
  removeBuilds,
  startNext,
  startNginx,
  stopGroup,
  waitUntilHealthy,
  type NextServer,
} from './failover';
import { waitUntilServed } from './publishing';
import type { BenchResults } from './bench-results';
import { DIST, basePort, log, origin } from './bench-setup';

export const failover = process.env.BENCH_FAILOVER === '1';

/**
 * Two servers behind nginx on the corpus build in `dir`, one killed and restarted under load
 * through nginx. Ports: BENCH_PORT + 8 and + 9 for the servers, + 10 and + 11 for nginx.
 */
export async function measureFailoverOn(
  dir: string,
  env: Record<string, string>,
  count: number,
): Promise<NonNullable<BenchResults['failover']>> {
  const servers: NextServer[] = [
    { port: basePort + 8, distDir: `${DIST}-a` },
    { port: basePort + 9, distDir: `${DIST}-b` },
  ];
  const nginxPort = basePort + 10;
  const serverEnv = { ...env, SITE_URL: origin(servers[0]!.port) };
  log(`failover on the ${count}-story build: two servers behind nginx`);
  copyBuild(dir, DIST, servers);
  const children = servers.map((server) => startNext(dir, server, serverEnv));
  const nginx = startNginx(
    dir,
    nginxPort,
    servers.map((server) => server.port),
  );
  // A large corpus is read before a server says ok.
  const healthLimitMs = 30 * 60_000;
  try {
    await Promise.all(
      servers.map((server) => waitUntilHealthy(origin(server.port), [], healthLimitMs)),
    );
    await waitUntilServed(`https://127.0.0.1:${nginxPort}/ar`);
    const seconds = Number(process.env.BENCH_FAILOVER_SECONDS ?? 60);
    const connections = Number(process.env.BENCH_FAILOVER_CONNECTIONS ?? 200);
    log(`failover: ${connections} connections for ${seconds} s, one server killed 20 s in`);
    const result = await loadWhileRestarting({
      origin: `https://127.0.0.1:${nginxPort}`,
      path: `/ar/news/${encodeURIComponent(generatedSlug(0))}`,
      connections,
      seconds,
      killAfterMs: Math.min(20_000, (seconds * 1000) / 3),
      victim: () => children[1]!,
      restart: () => (children[1] = startNext(dir, servers[1]!, serverEnv)),
      victimOrigin: origin(servers[1]!.port),
      healthLimitMs,
    });
    return { corpus: count, ...result };
  } finally {
    await Promise.all([...children, nginx].map((child) => stopGroup(child)));
    removeBuilds(dir, servers);
  }
}
