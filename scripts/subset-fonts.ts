/**
 * Before `next build` and `next dev`: cuts IBM Plex Sans Arabic (from @fontsource) down to the
 * characters in scripts/lib/font-subsets.ts, with HarfBuzz's subsetter (subset-font), into
 * .fonts/, where app/fonts.ts finds them. HarfBuzz keeps every glyph the kept characters reach
 * through the layout tables (initial, medial and final forms, lam-alef, marks), so Arabic shapes
 * as before (e2e/font-subset.once.spec.ts compares renderings). Hinting is dropped: Chromium,
 * Safari and Firefox on phones ignore it, and it was a quarter of each file.
 * Writes nothing when the files are already made from the same inputs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { charactersOf, FONT_SUBSETS } from './lib/font-subsets';

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, 'node_modules/@fontsource/ibm-plex-sans-arabic/files');
const outputDir = path.join(root, '.fonts');
const stampFile = path.join(outputDir, 'stamp');
const WEIGHTS = ['400', '700'] as const;

const jobs = FONT_SUBSETS.flatMap(({ script, unicodeRange }) =>
  WEIGHTS.map((weight) => {
    const name = `ibm-plex-sans-arabic-${script}-${weight}-normal.woff2`;
    return { name, source: path.join(sourceDir, name), characters: charactersOf(unicodeRange) };
  }),
);

const stamp = createHash('sha256');
stamp.update(readFileSync(path.join(root, 'node_modules/subset-font/package.json')));
for (const job of jobs)
  stamp.update(job.name).update(job.characters).update(readFileSync(job.source));
const expected = stamp.digest('hex');

const upToDate =
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === expected &&
  jobs.every((job) => existsSync(path.join(outputDir, job.name)));

if (!upToDate) {
  mkdirSync(outputDir, { recursive: true });
  const sizes = await Promise.all(
    jobs.map(async (job) => {
      const font = await subsetFont(readFileSync(job.source), job.characters, {
        targetFormat: 'woff2',
        noHinting: true,
      });
      // Renamed into place: a build reading .fonts/ never sees half a file.
      const target = path.join(outputDir, job.name);
      writeFileSync(`${target}.tmp`, font);
      renameSync(`${target}.tmp`, target);
      return font.length;
    }),
  );
  writeFileSync(stampFile, expected);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`fonts: ${jobs.length} subsets in .fonts/, ${(total / 1024).toFixed(1)} KB in all`);
}
