/** The search page over HTTP: `next start` on a copy of the test build over the filled index. */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { saveArabicStory } from '../generate-articles';
import { startNext, stopGroup } from './failover';
import { get } from './http-get';
import { treeRssKiB } from './proc';
import { latency } from './search-latency';

/** Letters from a number, so each published headline has a word of its own to search for. */
const marker = (n: number) =>
  [...n.toString(7)].map((digit) => 'سبكلمنع'[Number(digit)]).join('') + 'طاووق';

export async function overHttp(options: {
  root: string;
  contentDir: string;
  stories: number;
  build: string;
  distDir: string;
  port: number;
  queries: string[];
}) {
  const { root, distDir, port } = options;
  // measureSearch left the index in the copy's cache folder: the server parses nothing.
  const indexCache = path.join(root, distDir, 'cache', 'content-index');
  const kept = path.join(root, `${distDir}-index`);
  cpSync(indexCache, kept, { recursive: true });
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  cpSync(path.join(root, options.build), path.join(root, distDir), { recursive: true });
  rmSync(indexCache, { recursive: true, force: true });
  cpSync(kept, indexCache, { recursive: true });
  rmSync(kept, { recursive: true, force: true });
  const origin = `http://127.0.0.1:${port}`;
  const server = startNext(
    root,
    { port, distDir },
    { SITE_URL: origin, CONTENT_DIR: options.contentDir, PREVIEW_SECRET: '' },
  );
  try {
    await until(async () => (await get(`${origin}/healthz`)).status === 200, 300_000);
    const serverRssBeforeMiB = Math.round(treeRssKiB(server.pid!) / 1024);
    const url = (q: string) => `${origin}/ar/search?q=${encodeURIComponent(q)}`;
    const samples: number[] = [];
    for (const query of options.queries) {
      const started = performance.now();
      const answer = await get(url(query));
      if (answer.status !== 200) throw new Error(`${url(query)} answered ${answer.status}`);
      samples.push(performance.now() - started);
    }
    const serverRssMiB = Math.round(treeRssKiB(server.pid!) / 1024);
    const publish: number[] = [];
    let missed = 0;
    for (let n = 0; n < 10; n += 1) {
      // Half new stories, half edits of an existing headline.
      const index = n % 2 === 0 ? options.stories + n : 10 + n;
      const word = marker(Date.now() + n);
      const started = performance.now();
      await saveArabicStory(options.contentDir, index, { title: `خبر ${word} للبحث` });
      const found = await until(
        async () => (await get(url(word))).body.includes(`<mark>${word}</mark>`),
        30_000,
      );
      if (found) publish.push(performance.now() - started);
      else missed += 1;
    }
    return {
      queries: latency(samples),
      serverRssBeforeMiB,
      serverRssMiB,
      publishMs: latency(publish),
      missed,
    };
  } finally {
    await stopGroup(server);
    rmSync(path.join(root, distDir), { recursive: true, force: true });
  }
}

async function until(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
