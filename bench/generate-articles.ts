/**
 * Writes a generated news archive into a folder for benchmarks: `count` stories that read like a
 * real Arabic news site's (bench/corpus): Modern Standard Arabic text of 300 to 1,200 words with
 * sub-headings, made from a sentence bank with a seeded generator; sections and tags long-tailed
 * (a few on thousands of stories, most on a handful); dates spread over the 20 years before
 * 2026-11-30, newest first; pictures from public/images/articles; 30 % also in English (en.md),
 * the rest in Arabic only. Every file passes the content check. Same seed, same bytes.
 *
 * Usage: npx tsx bench/generate-articles.ts <count> <dir> [--seed <n>] [--concurrency <n>]
 *   --seed         another archive of the same shape (default 20261130)
 *   --concurrency  stories written at once (default 16)
 * 100,000 stories (130,034 files, 1.3 GB) take about 40 s into an empty folder on 2 cores, 1,000
 * take 0.7 s; replacing a corpus first deletes the old one, which at 100,000 adds over a minute.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planStory } from './corpus/plan-story';
import { DEFAULT_SEED, writeCorpus, writeStory, type CorpusOptions } from './corpus/write-corpus';

/** What a publishing run changes in a generated story: its headline and its time. */
export interface StoryOverrides {
  title?: string;
  /** Defaults to the newest time a generated story has. */
  publishedAt?: string;
}

export async function generateArticles(
  count: number,
  dir: string,
  options: CorpusOptions = {},
): Promise<{ stories: number; translated: number }> {
  return writeCorpus(count, dir, options);
}

/** The Arabic slug of generated story `index`: it depends on neither the corpus size nor dates. */
export const generatedSlug = (index: number, seed = DEFAULT_SEED) =>
  // The slug does not depend on the date; a count past the index keeps the date a real one.
  planStory(index, { seed, count: index + 1 }).slug.ar;

/**
 * Saves the Arabic file of generated story `index` into `dir` as an editor would (one write of
 * the whole file) and returns its folder.
 */
export async function saveArabicStory(
  dir: string,
  index: number,
  overrides: StoryOverrides,
  seed = DEFAULT_SEED,
): Promise<string> {
  const plan = planStory(index, { seed, count: index + 1, publishedAt: overrides.publishedAt });
  const title = overrides.title ?? plan.title.ar;
  return writeStory(dir, index, {
    ...plan,
    translated: false,
    title: { ...plan.title, ar: title },
  });
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('generate-articles.ts')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const [countArg, dir] = positionals;
  const count = Number(countArg);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    !dir ||
    !Number.isInteger(seed) ||
    (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))
  ) {
    console.error(
      'usage: npx tsx bench/generate-articles.ts <count> <dir> [--seed <n>] [--concurrency <n>]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const { translated } = await generateArticles(count, path.resolve(dir), { seed, concurrency });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${count} stories (${translated} also in English) in ${dir} in ${seconds} s`);
}
