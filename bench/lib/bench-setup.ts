/** What every part of `npm run bench` shares: its settings, ports, folders and small helpers. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunResult } from './proc';
import { renditionPath } from '../../lib/media/images';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const quick = process.env.BENCH_QUICK === '1';
export const lhRuns = Number(process.env.BENCH_LH_RUNS ?? (quick ? 1 : 5));
export const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? (quick ? 5 : 20));
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
export const articleCounts = (process.env.BENCH_ARTICLES ?? (quick ? '100' : '10,1000,10000'))
  .split(',')
  .map(Number)
  .filter((count) => count > 0);
export const basePort = Number(process.env.BENCH_PORT ?? 3500);
export const ports = {
  ours: basePort + 1,
  baseline: basePort + 2,
  ceiling: basePort + 3,
  sizedBaseline: basePort + 4,
};
export const origin = (port: number) => `http://127.0.0.1:${port}`;
export const DIST = '.next-bench';
export const SIZED_DIST = '.next-bench-sized';
export const NEXT_BIN = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const SEED_SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
export const ARTICLE_PATH = `/ar/news/${encodeURIComponent(SEED_SLUG)}`;
export const HERO = renditionPath('/images/articles/baghdad-security-council.svg', 800, 'avif');
export const resultsDir = path.join(root, 'bench', 'results');
export const tmpDir = path.join(resultsDir, 'tmp');

/** The machine a run measured on, as the results files record it. */
export const machine = () => ({
  cpus: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
});

export const log = (message: string) => console.log(`\n[bench] ${message}`);

export function must(result: RunResult, what: string): RunResult {
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`${what} failed with exit code ${result.code}`);
  }
  return result;
}

/**
 * `next build` adds its dist folder's types to tsconfig.json; the work tree's tsconfig is not
 * ours to change, so put it back when the only change is that addition.
 */
export function guardTsconfig<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const file = path.join(dir, 'tsconfig.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  return work().finally(() => {
    if (before === null || !existsSync(file)) return;
    const after = readFileSync(file, 'utf8');
    if (after === before) return;
    const strip = (text: string) => {
      const json = JSON.parse(text) as { include?: string[] };
      json.include = json.include?.filter((entry) => !entry.startsWith(`${DIST}/`));
      return JSON.stringify(json);
    };
    if (strip(after) === strip(before)) writeFileSync(file, before);
  });
}

export const pick = (result: RunResult) => ({
  seconds: Math.round(result.seconds * 10) / 10,
  peakRssMiB: result.peakRssMiB,
});
