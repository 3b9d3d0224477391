/**
 * Lighthouse runs, each in a fresh headless Chromium started by chrome-launcher. Mobile uses
 * Lighthouse's default (mobile, simulated throttling) config; desktop its desktop config.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './bytes';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  totalByteWeight: number;
  /** Audits that errored instead of scoring (Lighthouse/Chromium mismatch shows up here). */
  erroredAudits: string[];
}

/** Times a run is tried when Lighthouse itself fails to record it (a trace without navigation). */
const ATTEMPTS = 3;

/**
 * One Lighthouse run. A run whose trace Lighthouse could not record (runtimeError, such as
 * NO_NAVSTART: "Please run Lighthouse again") measured nothing, so it is run again; only after
 * ATTEMPTS failures is the failed run returned, with its errored audits showing in the report.
 */
export async function runLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    const { run, runtimeError } = await runOnce(url, formFactor);
    if (!runtimeError || attempt === ATTEMPTS) return run;
    console.log(`[bench] Lighthouse could not record ${url} (${runtimeError}); running it again`);
  }
}

async function runOnce(
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<{ run: LighthouseRun; runtimeError?: string }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    const run = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: value('largest-contentful-paint'),
      fcpMs: value('first-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      totalByteWeight: value('total-byte-weight'),
      erroredAudits: Object.values(audits)
        .filter((audit) => audit.scoreDisplayMode === 'error')
        .map((audit) => `${audit.id}: ${audit.errorMessage ?? ''}`.slice(0, 160)),
    };
    const lcp = audits['largest-contentful-paint'];
    const lcpError =
      lcp?.scoreDisplayMode === 'error' ? (lcp.errorMessage ?? 'LCP errored') : undefined;
    return { run, runtimeError: result.lhr.runtimeError?.code ?? lcpError };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of each field over the runs; errored audits are the union. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const fields = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcpMs',
    'fcpMs',
    'tbtMs',
    'cls',
    'totalByteWeight',
  ] as const;
  const out = Object.fromEntries(
    fields.map((field) => [field, median(runs.map((run) => run[field]))]),
  ) as Omit<LighthouseRun, 'erroredAudits'>;
  return { ...out, erroredAudits: [...new Set(runs.flatMap((run) => run.erroredAudits))] };
}
