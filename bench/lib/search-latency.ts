/** Latency figures for the search benchmark: median, p95 and worst of a run's samples. */
export interface Latency {
  samples: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    samples: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    worstMs: round(sorted.at(-1)!),
  };
}
