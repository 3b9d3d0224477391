/** Build cost at each corpus size, and writing the results files. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { generateArticles } from '../generate-articles';
import type { BenchResults } from './bench-results';
import { renderMarkdown } from './report';
import { DIST, articleCounts, log, resultsDir, root } from './bench-setup';
import { buildSite, corpusFolder, makeScratchCopy, removeScratch } from './site-builds';
import { failover, measureFailoverOn } from './failover-run';
import { measurePublishingOn } from './publishing-run';

/** Build cost for the real content and each generated corpus, written after each build. */
export async function buildScaling(
  results: BenchResults,
  write: () => Promise<string>,
): Promise<void> {
  const { scaling } = results;
  log('build scaling in a scratch copy');
  const scratch = makeScratchCopy();
  try {
    const env = { SITE_URL: 'http://127.0.0.1:3599', NEXT_DIST_DIR: DIST };
    const realCount = execFileSync('bash', ['-c', `ls -d "${root}/content/articles"/*/ | wc -l`])
      .toString()
      .trim();
    scaling.push(await buildSite(scratch, env, 'real content', Number(realCount)));
    await write();
    const publishCorpus = Number(process.env.BENCH_PUBLISH_CORPUS ?? Math.max(...articleCounts));
    for (const count of articleCounts) {
      const contentDir = corpusFolder(scratch, count);
      await generateArticles(count, contentDir);
      const corpusEnv = { ...env, CONTENT_DIR: contentDir };
      scaling.push(await buildSite(scratch, corpusEnv, `${count} generated`, count));
      await write();
      if (count === publishCorpus) {
        results.publishing = await measurePublishingOn(scratch, corpusEnv, count);
        await write();
        if (failover) {
          results.failover = await measureFailoverOn(scratch, corpusEnv, count);
          await write();
        }
      }
    }
  } finally {
    removeScratch(scratch);
  }
}

/** Writes latest.json and latest.md (formatted as `prettier --check .` expects: they are committed). */
export async function writeResults(results: BenchResults, started: number): Promise<string> {
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  const options = { ...(await prettier.resolveConfig(path.join(resultsDir, 'latest.md'))) };
  const markdown = await prettier.format(renderMarkdown(results), {
    ...options,
    parser: 'markdown',
  });
  const json = await prettier.format(JSON.stringify(results), { ...options, parser: 'json' });
  writeFileSync(path.join(resultsDir, 'latest.json'), json);
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  return markdown;
}

export const skipScaling = process.env.BENCH_SKIP_SCALING === '1';

/** The build-cost rows of the last run, for a run that skips them. */
export function previousScaling(): Pick<BenchResults, 'scaling' | 'scalingDate'> {
  try {
    const last = JSON.parse(
      readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'),
    ) as BenchResults;
    return { scaling: last.scaling, scalingDate: last.scalingDate ?? last.date };
  } catch {
    return { scaling: [] };
  }
}

/** BENCH_ONLY=scaling: redo only the build-cost part, keeping the rest of latest.json. */
export async function scalingOnly(): Promise<void> {
  const file = path.join(resultsDir, 'latest.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const started = Date.now() - results.durationSeconds * 1000;
  results.scaling = [];
  delete results.scalingDate;
  results.settings.articleCounts = articleCounts;
  const write = () => writeResults(results, started);
  delete results.publishing;
  delete results.failover;
  await buildScaling(results, write);
  console.log(`\n${await write()}`);
}
