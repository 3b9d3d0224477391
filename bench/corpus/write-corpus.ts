import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planStory, type StoryPlan } from './plan-story';
import { renderStory } from './render-story';

export interface CorpusOptions {
  /** Same seed, same corpus, byte for byte. */
  seed?: number;
  /** Stories being written at once. */
  concurrency?: number;
}

export const DEFAULT_SEED = 20261130;
const DEFAULT_CONCURRENCY = 16;

/** Folder of story `index`: lowercase Latin and digits, in the order of the stories. */
export const storyFolder = (index: number) => `generated-${String(index + 1).padStart(6, '0')}`;

/** Writes ar.md, and en.md when the story is translated, into the story's folder under `dir`. */
export async function writeStory(dir: string, index: number, plan: StoryPlan): Promise<string> {
  const folder = path.join(dir, storyFolder(index));
  await mkdir(folder, { recursive: true });
  await Promise.all([
    writeFile(path.join(folder, 'ar.md'), renderStory(plan, 'ar')),
    plan.translated && writeFile(path.join(folder, 'en.md'), renderStory(plan, 'en')),
  ]);
  return folder;
}

/**
 * Replaces `dir` with `count` generated stories. A few dozen stories are in flight at once: one
 * at a time leaves the disk idle between writes, and all at once would open 100,000 files.
 */
export async function writeCorpus(
  count: number,
  dir: string,
  { seed = DEFAULT_SEED, concurrency = DEFAULT_CONCURRENCY }: CorpusOptions = {},
): Promise<{ stories: number; translated: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let next = 0;
  let translated = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      const plan = planStory(index, { seed, count });
      if (plan.translated) translated += 1;
      await writeStory(dir, index, plan);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { stories: count, translated };
}
