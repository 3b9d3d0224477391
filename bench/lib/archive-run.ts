import { execFileSync, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { generateArticles, saveArabicStory } from '../generate-articles';
import { measureArchiveServer } from './archive';
import { renderArchive, type ArchiveResults, type ArchiveRun } from './archive-report';
import { startNext, stopGroup } from './failover';
import { DIST, basePort, log, machine, origin, resultsDir } from './bench-setup';
import { buildSite, corpusFolder, makeScratchCopy, removeScratch } from './site-builds';
import { failover, measureFailoverOn } from './failover-run';
import { publishingFigures } from './publishing-run';

/**
 * BENCH_ONLY=archive: for each size in BENCH_ARCHIVE_STORIES (default 1,000, 10,000
 * and 100,000), a generated corpus built fresh and again with one story edited, then `next start`
 * on it: start-up, memory after start and after BENCH_ARCHIVE_PAGES (20,000) distinct story pages,
 * first requests of deep listings, publishing through nginx; BENCH_FAILOVER=1 adds the two-server
 * run on the largest. Writes bench/results/archive.json and archive.md after each step.
 */
export async function archiveOnly(): Promise<void> {
  const counts = (process.env.BENCH_ARCHIVE_STORIES ?? '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((count) => count > 0);
  const pages = Number(process.env.BENCH_ARCHIVE_PAGES ?? 20_000);
  const results: ArchiveResults = { date: new Date().toISOString(), machine: machine(), runs: [] };
  const write = async () => {
    const options = { ...(await prettier.resolveConfig(path.join(resultsDir, 'archive.md'))) };
    const format = (text: string, parser: string) => prettier.format(text, { ...options, parser });
    writeFileSync(
      path.join(resultsDir, 'archive.json'),
      await format(JSON.stringify(results), 'json'),
    );
    const markdown = await format(renderArchive(results), 'markdown');
    writeFileSync(path.join(resultsDir, 'archive.md'), markdown);
    return markdown;
  };
  const scratch = makeScratchCopy();
  const serverPort = basePort + 7;
  try {
    for (const count of counts) {
      const contentDir = corpusFolder(scratch, count);
      log(`archive: generating ${count} stories`);
      const started = performance.now();
      await generateArticles(count, contentDir);
      const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
      const files = Number(
        execFileSync('bash', ['-c', `find "${contentDir}" -name '*.md' | wc -l`])
          .toString()
          .trim(),
      );
      const env = { SITE_URL: origin(serverPort), NEXT_DIST_DIR: DIST, CONTENT_DIR: contentDir };
      const coldBuild = await buildSite(scratch, env, `${count}, fresh clone`, count);
      await saveArabicStory(contentDir, 5, {
        title: `عنوان معدل قبل البناء الثاني ${Date.now().toString(36)}`,
      });
      const warmBuild = await buildSite(scratch, env, `${count}, one story edited`, count, {
        fresh: false,
      });
      log(`archive: next start on ${count} stories, then ${pages} story pages`);
      let server: ChildProcess | null = null;
      const measured = await measureArchiveServer({
        dir: scratch,
        distDir: DIST,
        contentDir,
        origin: origin(serverPort),
        count,
        prerendered: Number(process.env.PRERENDER_STORIES ?? 100),
        stories: pages,
        start: () => (server = startNext(scratch, { port: serverPort, distDir: DIST }, env)),
      }).finally(() => server && stopGroup(server));
      const run: ArchiveRun = {
        stories: count,
        files,
        generateSeconds,
        coldBuild,
        warmBuild,
        server: measured,
      };
      results.runs.push(run);
      await write();
      run.publish = (await publishingFigures(scratch, env, count, { firstRenders: false })).publish;
      await write();
      if (count === Math.max(...counts)) {
        // As on a system with too few file watches for the archive: rescans find the change.
        log('archive: publishing again with CONTENT_WATCH=poll');
        const polling = { ...env, CONTENT_WATCH: 'poll' };
        run.publishPolling = (
          await publishingFigures(scratch, polling, count, {
            firstRenders: false,
            firstIndex: count + 100,
          })
        ).publish;
        await write();
      }
      if (failover && count === Math.max(...counts)) {
        run.failover = await measureFailoverOn(scratch, env, count);
        await write();
      }
      rmSync(contentDir, { recursive: true, force: true });
    }
  } finally {
    removeScratch(scratch);
  }
  console.log(`\n${await write()}`);
}
