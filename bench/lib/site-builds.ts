/** The builds the bench measures: the site, the bare baseline, and scratch copies for corpora. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, timed, type Server } from './proc';
import type { BuildRow } from './bench-results';
import { defaultMediaLocation } from '../../lib/media/media-location';
import { renditionAt } from '../../lib/media/renditions';
import { DIST, HERO, NEXT_BIN, guardTsconfig, log, must, origin, pick, root } from './bench-setup';

/**
 * prebuild (the content check) and `next build`, each timed, in `dir`. `fresh`: as on a fresh
 * clone, with no build folder, so no content index; otherwise the build folder is kept, as CI
 * keeps `.next/cache` between builds.
 */
export async function buildSite(
  dir: string,
  env: Record<string, string>,
  label: string,
  articles: number,
  { fresh = true } = {},
): Promise<BuildRow> {
  // The project's own next and tsx: one React, resolved inside `dir`.
  const NEXT_BIN = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (fresh) rmSync(path.join(dir, DIST), { recursive: true, force: true });
  log(`build ${label}: prebuild`);
  const prebuild = must(
    await timed('npm', ['run', '--silent', 'prebuild'], { cwd: dir, env, quiet: true }),
    'prebuild',
  );
  log(`build ${label}: next build`);
  const next = must(
    await guardTsconfig(dir, () =>
      timed('node', [NEXT_BIN, 'build'], { cwd: dir, env, quiet: true }),
    ),
    'next build',
  );
  const pages = /\((\d+)\/(\d+)\)/.exec(
    next.output.split('Generating static pages').pop() ?? '',
  )?.[2];
  return {
    label,
    articles,
    pages: pages ? Number(pages) : null,
    prebuild: pick(prebuild),
    nextBuild: pick(next),
  };
}

/** `repeat`: how many times the page repeats the article body (1 for the baseline itself). */
export async function buildBaseline(
  dist: string,
  repeat: number,
): Promise<{ seconds: number; peakRssMiB: number }> {
  mkdirSync(path.join(root, 'bench', 'baseline', 'public'), { recursive: true });
  // The very rendition our article's hero serves, made the way the site makes it.
  const hero = await renditionAt(HERO, {
    ...defaultMediaLocation(),
    cacheDir: path.join(root, dist, 'cache', 'media'),
  });
  if (!hero) throw new Error(`${HERO} has no source under public/images`);
  writeFileSync(path.join(root, 'bench', 'baseline', 'public', 'hero.avif'), hero.data);
  log(`build baseline (body ×${repeat})`);
  const result = must(
    await timed('node', [NEXT_BIN, 'build', 'bench/baseline'], {
      cwd: root,
      env: { NEXT_DIST_DIR: dist, BENCH_REPO_ROOT: root, BENCH_BASELINE_REPEAT: String(repeat) },
      quiet: true,
    }),
    'baseline build',
  );
  return pick(result);
}

export function startBaseline(dist: string, port: number): Promise<Server> {
  return startServer(
    'node',
    [NEXT_BIN, 'start', 'bench/baseline', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      env: { NEXT_DIST_DIR: dist },
      readyUrl: `${origin(port)}/`,
    },
  );
}

export const htmlBytes = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;

/** Plain text of the seed article (headline, standfirst, body) as a reader sees it. */
export function articleText(): string {
  const text = readFileSync(
    path.join(root, 'content/articles/kadhimi-baghdad-bombings/ar.md'),
    'utf8',
  );
  const [, frontMatter = '', body = ''] = text.split(/^---$/m);
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*"(.*)"\\s*$`, 'm').exec(frontMatter)?.[1] ?? '';
  return [field('title'), field('summary'), body.replace(/^## /gm, '').trim()].join('\n\n');
}

/**
 * Where a generated corpus goes: beside the scratch copy, not inside it. Before it compiles,
 * `next build` (Turbopack) lists every folder of the project that .gitignore leaves in: 100,000
 * story folders inside the project cost it 80 s and 1.2 GB more (docs/performance.md), which is
 * why a large archive lives outside the project, through CONTENT_DIR (docs/operations.md).
 */
export const corpusFolder = (scratch: string, count: number) =>
  path.join(`${scratch}-content`, `generated-${count}`);

/** Removes a scratch copy and the corpora beside it. */
export function removeScratch(scratch: string): void {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(`${scratch}-content`, { recursive: true, force: true });
}

/** A throwaway copy of the project for corpus builds: sources copied, node_modules hard-linked. */
export function makeScratchCopy(): string {
  const dir = path.join(os.tmpdir(), `alriwaq-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('bash', [
    '-c',
    `tar -C "${root}" --exclude=./node_modules --exclude='./.next*' --exclude=./.git ` +
      `--exclude=./test-results --exclude=./playwright-report --exclude=./bench/results ` +
      `--exclude='./bench/baseline/.next*' -cf - . | tar -C "${dir}" -xf - && ` +
      `cp -al "${root}/node_modules" "${dir}/node_modules"`,
  ]);
  return dir;
}
