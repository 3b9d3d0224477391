/**
 * Seeded randomness for the generated corpus: the same seed and story number always give the
 * same story, whatever else is generated around it, so one story can be rewritten alone.
 */
export type Random = () => number;

/** mulberry32: a small, fast generator whose output depends only on its 32-bit seed. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generator of its own for story `index`: mixing keeps neighbouring stories unrelated. */
export function storyRandom(seed: number, index: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return seeded(h ^ (h >>> 16));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** An integer from `min` to `max`, both included. */
export const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/**
 * Picks items with weights falling as 1 / rank^exponent (Zipf): the first few items come up in
 * a large share of picks, most of the rest only now and then, as tags and places do in an archive.
 */
export function zipf<T>(items: readonly T[], exponent: number): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  });
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}

/** Picks by explicit weights, e.g. how often each section runs. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let target = random() * total;
    for (const [item, weight] of entries) {
      target -= weight;
      if (target < 0) return item;
    }
    return entries.at(-1)![0];
  };
}

/** Draws from `items` without repeating one until all have been drawn. */
export function drawer<T>(random: Random, items: readonly T[]): () => T {
  let left: T[] = [];
  return () => {
    if (left.length === 0) left = [...items];
    const index = Math.floor(random() * left.length);
    const [item] = left.splice(index, 1);
    return item!;
  };
}
