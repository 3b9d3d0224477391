/** Publishing figures on a corpus build: first renders, publishes through nginx, served pages. */
import path from 'node:path';
import { generatedSlug } from '../generate-articles';
import { load } from './load';
import { startServer } from './proc';
import { measureFirstRenders, measurePublishing, waitUntilServed } from './publishing';
import type { BenchResults } from './bench-results';
import { basePort, connections, loadSeconds, log, origin, root } from './bench-setup';

/**
 * The publishing figures on a corpus build in `dir`: `next start` on it, nginx in front, stories
 * written into its content folder. Prerendered are the newest PRERENDER_STORIES (100) per locale,
 * so stories from index 200 on render on their first request.
 */
export async function measurePublishingOn(
  dir: string,
  env: Record<string, string>,
  count: number,
): Promise<NonNullable<BenchResults['publishing']>> {
  const { firstRender, publish, served } = await publishingFigures(dir, env, count, {
    firstRenders: true,
  });
  return { corpus: count, firstRender: firstRender!, publish, served: served! };
}

/** `firstRenders: false`: publishes only (the archive run measures first requests itself). */
export async function publishingFigures(
  dir: string,
  env: Record<string, string>,
  count: number,
  { firstRenders, firstIndex = count }: { firstRenders: boolean; firstIndex?: number },
) {
  const nextPort = basePort + 5;
  const nginxPort = basePort + 6;
  const nextBin = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  log(`publishing on the ${count}-story build: next start and nginx`);
  const servers = [
    await startServer('node', [nextBin, 'start', '-H', '127.0.0.1', '-p', String(nextPort)], {
      cwd: dir,
      env: { ...env, SITE_URL: origin(nextPort) },
      readyUrl: `${origin(nextPort)}/ar`,
    }),
  ];
  try {
    servers.push(
      await startServer(
        'node',
        [
          ...['--import', 'tsx', 'scripts/nginx.ts', 'run', '--tls'],
          ...['--listen', `127.0.0.1:${nginxPort}`, '--http-listen', `127.0.0.1:${nginxPort + 1}`],
          ...['--upstream', `127.0.0.1:${nextPort}`],
        ],
        { cwd: root, readyUrl: `${origin(nextPort)}/ar` },
      ),
    );
    await waitUntilServed(`https://127.0.0.1:${nginxPort}/ar`);
    const untouched = Array.from({ length: 100 }, (_, n) =>
      Math.min(count - 1, 200 + Math.floor((n * (count - 200)) / 100)),
    ).filter((index, n, all) => index >= 200 && all.indexOf(index) === n);
    let firstRender;
    if (firstRenders) {
      log(`first requests of ${untouched.length} stories that were not prerendered`);
      firstRender = await measureFirstRenders(origin(nextPort), untouched);
    }
    log('20 publishes and 20 headline edits through nginx');
    const publish = await measurePublishing({
      contentDir: env.CONTENT_DIR!,
      origin: `https://127.0.0.1:${nginxPort}`,
      count: 20,
      firstIndex,
    });
    // Decision 0007 again: a page rendered on demand is served from its file as one rendered at
    // build is. The same load on the newest story (prerendered) and on one first asked above.
    const servedFrom = async (index: number) => {
      const url = `${origin(nextPort)}/ar/news/${encodeURIComponent(generatedSlug(index))}`;
      await load(url, 10, 2);
      return load(url, connections, loadSeconds);
    };
    if (!firstRenders) return { publish };
    log(`autocannon: a prerendered story and one rendered on demand, ${loadSeconds} s each`);
    const served = { prerendered: await servedFrom(0), onDemand: await servedFrom(untouched[0]!) };
    return { firstRender, publish, served };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
