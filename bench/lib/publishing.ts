/**
 * Publishing figures (issue "Publish in seconds"): how long a saved file takes to reach a reader
 * through nginx, and what the first request for a story that was not prerendered costs.
 */
import { generatedSlug, saveArabicStory } from '../generate-articles';
import { get } from './http-get';

export interface LatencySummary {
  samples: number;
  medianMs: number;
  p99Ms: number;
  worstMs: number;
  /** Requests that never got the expected answer within the limit. */
  missed: number;
}

export interface PublishingResults {
  /** File written → its headline served, for a story that did not exist. */
  newStory: LatencySummary;
  /** File rewritten with a new headline → the new headline served. */
  editedHeadline: LatencySummary;
  /** Through what: the address the reader-side requests went to. */
  via: string;
}

export interface FirstRenderResults {
  /** A story outside the prerendered set, asked for the first time. */
  first: LatencySummary;
  /** The same stories asked again (served from the cache). */
  repeat: LatencySummary;
}

const POLL_MS = 100;
const LIMIT_MS = 60_000;

export function summarize(samples: number[], missed = 0): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!
      : 0;
  return {
    samples: sorted.length,
    medianMs: Math.round(at(0.5)),
    p99Ms: Math.round(at(0.99)),
    worstMs: Math.round(sorted.at(-1) ?? 0),
    missed,
  };
}

/** Milliseconds from `started` until `url` answers 200 with `text` in its body; null past the limit. */
async function timeUntilServed(url: string, text: string, started: number) {
  while (performance.now() - started < LIMIT_MS) {
    const { status, body } = await get(url, LIMIT_MS).catch(() => ({ status: 0, body: '' }));
    if (status === 200 && body.includes(text)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/** Resolves once `url` answers 200 (nginx started beside the bench has no ready signal). */
export async function waitUntilServed(url: string): Promise<void> {
  if ((await timeUntilServed(url, '', performance.now())) === null) {
    throw new Error(`${url} did not answer 200 within ${LIMIT_MS / 1000} s`);
  }
}

const articlePath = (index: number) => `/ar/news/${encodeURIComponent(generatedSlug(index))}`;

/**
 * `count` new stories, one after another, then a new headline for each: every sample is one
 * write of one file, timed until a reader at `origin` is served the headline.
 */
export async function measurePublishing(options: {
  contentDir: string;
  origin: string;
  count: number;
  /** First generated-story index to use: past the corpus, so every story is new. */
  firstIndex: number;
}): Promise<PublishingResults> {
  const now = () => new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const run = async (title: (n: number) => string) => {
    const samples: number[] = [];
    let missed = 0;
    for (let n = 0; n < options.count; n += 1) {
      const index = options.firstIndex + n;
      const headline = title(n);
      const started = performance.now();
      await saveArabicStory(options.contentDir, index, { title: headline, publishedAt: now() });
      const ms = await timeUntilServed(`${options.origin}${articlePath(index)}`, headline, started);
      if (ms === null) missed += 1;
      else samples.push(ms);
      // A quiet second between saves: each sample is one publish, not a burst.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return summarize(samples, missed);
  };
  const stamp = Date.now().toString(36);
  const newStory = await run((n) => `خبر عاجل رقم ${n + 1} نشر للقياس ${stamp}`);
  const editedHeadline = await run((n) => `عنوان معدل رقم ${n + 1} بعد التصحيح ${stamp}`);
  return { newStory, editedHeadline, via: options.origin };
}

/** Each story asked once (rendered on demand), then again (from the cache). */
export async function measureFirstRenders(
  origin: string,
  indexes: number[],
): Promise<FirstRenderResults> {
  const pass = async () => {
    const samples: number[] = [];
    let missed = 0;
    for (const index of indexes) {
      const started = performance.now();
      const { status } = await get(`${origin}${articlePath(index)}`, LIMIT_MS);
      if (status === 200) samples.push(performance.now() - started);
      else missed += 1;
    }
    return summarize(samples, missed);
  };
  const first = await pass();
  const repeat = await pass();
  return { first, repeat };
}
