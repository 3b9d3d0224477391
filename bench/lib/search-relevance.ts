/** Whether a respelt headline finds its own story: first, in the top 3, or its headline first. */
import type { Article } from '../../lib/content/article';
import type { ContentStore } from '../../lib/content/content-store';
import { articlePath } from '../../lib/site/urls';
import { headlineCounts, sampleStories, searchArabic } from './search-index-stories';
import { relevanceQuery, wordsOf } from './search-queries';

export interface RelevanceResults {
  /** Stories whose headline no other story has: the story itself first, or in the top 3. */
  queries: number;
  first: number;
  inTopThree: number;
  /** 50 stories of any kind: a story with their headline first. */
  headlineFirst: number;
  distinctHeadlines: number;
  misses: string[];
}

/** `next` carries on the generator the latency queries drew from, so the queries stay the same. */
export function measureRelevance(store: ContentStore, next: () => number): RelevanceResults {
  const { counts, without } = headlineCounts(store);
  const ownHeadlines = (articles: Article[]) =>
    articles
      .filter((article, i, all) => counts.get(article.title) === 1 && all.indexOf(article) === i)
      .flatMap((article) => {
        const words = wordsOf(article.title);
        const dropped = Math.floor(next() * words.length);
        const key = words.filter((_, j) => j !== dropped).join(' ');
        return without.get(key) === 1 ? [{ article, dropped }] : [];
      });
  const unique = ownHeadlines(sampleStories(store, 2_000, 2));
  // At 100,000 stories 2,000 draws hold only about two dozen headlines of their own (the generator
  // repeats its headlines): draw further, from another stream, so that 50 queries are asked. The
  // first 2,000 stay as they were, so smaller corpora ask the same queries as before.
  if (unique.length < 50) {
    const seen = new Set(unique.map(({ article }) => article.file));
    const more = sampleStories(store, 20_000, 5).filter((article) => {
      if (seen.has(article.file)) return false;
      seen.add(article.file);
      return true;
    });
    unique.push(...ownHeadlines(more));
  }
  unique.splice(50);
  let first = 0;
  let inTopThree = 0;
  const misses: string[] = [];
  for (const { article, dropped } of unique) {
    const query = relevanceQuery(article, next, dropped);
    const hrefs = searchArabic(store, query).results.map((r) => r.href);
    const href = articlePath('ar', article.slug);
    if (hrefs[0] === href) first += 1;
    if (hrefs.slice(0, 3).includes(href)) inTopThree += 1;
    else misses.push(`${query} → ${article.title}`);
  }
  let headlineFirst = 0;
  for (const article of sampleStories(store, 50, 4)) {
    const query = relevanceQuery(article, next);
    const [top] = searchArabic(store, query).results;
    if (top?.title.map((part) => part.text).join('') === article.title) headlineFirst += 1;
  }
  return {
    queries: unique.length,
    first,
    inTopThree,
    headlineFirst,
    distinctHeadlines: counts.size,
    misses: misses.slice(0, 10),
  };
}
