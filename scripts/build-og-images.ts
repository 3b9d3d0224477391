/**
 * Renders the Open Graph cards: one per article and locale, and one per locale's home page, as
 * 1200x630 JPEGs under public/og/ (see lib/og/og-paths.ts). Run after scripts/build-images.ts,
 * whose 16x9 crops are the cards' backgrounds. A card is redrawn only when one of its inputs is
 * newer than it (`--force` redraws all); cards of articles that are gone are removed.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { routing, localeDirection } from '../i18n/routing';
import { formatProblems } from '../lib/content/article';
import { defaultContentLocation, loadContent } from '../lib/content/load-content';
import { homeCard } from '../lib/og/og-card';
import { homeOgImagePath, ogImagePath } from '../lib/og/og-paths';
import {
  backgroundDataUrl,
  backgroundFile,
  layoutArticleCard,
  layoutOgCard,
  loadOgFonts,
  loadOgLabels,
  OG_FONT_FILES,
  rasterizeOgSvg,
} from '../lib/og/render-og-image';

const started = Date.now();
const force = process.argv.includes('--force');
const location = defaultContentLocation();
const { rootDir, publicDir } = location;

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

// The code and fonts that draw every card: a change to any of them redraws all.
const codeFiles = [
  'lib/og/og-card.tsx',
  'lib/og/fit-headline.ts',
  'lib/og/render-og-image.ts',
  'scripts/build-og-images.ts',
  ...OG_FONT_FILES.map((font) => font.file),
].map((file) => path.join(rootDir, file));
const codeTime = Math.max(...(await Promise.all(codeFiles.map(mtime))));

async function isFresh(output: string, inputs: string[]): Promise<boolean> {
  if (force) return false;
  const outputTime = await mtime(output);
  if (outputTime === 0) return false;
  const inputTimes = await Promise.all(inputs.map(mtime));
  return Math.max(codeTime, ...inputTimes) < outputTime;
}

async function write(publicPath: string, image: Buffer) {
  const file = path.join(publicDir, publicPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, image);
}

// Layout (satori) runs on this thread and rasterising (sharp) on libvips's: keeping a few
// rasterisations in flight while the next card is laid out keeps both cores busy (4.7 -> 2.4 s
// for 18 cards). Jobs are awaited oldest first, so a failure stops the build with its error.
const IN_FLIGHT = 4;
const pending: Promise<void>[] = [];

async function rasterizeAndWrite(publicPath: string, svg: string) {
  const job = rasterizeOgSvg(svg).then((image) => write(publicPath, image));
  // Handled here only so a job failing before its turn is not reported as unhandled; it is still
  // awaited below, and its error thrown then.
  job.catch(() => {});
  pending.push(job);
  if (pending.length >= IN_FLIGHT) await pending.shift();
}

async function main() {
  const { articles, problems } = await loadContent(location);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }

  const fonts = await loadOgFonts(rootDir);
  const backgrounds = new Map<string, Promise<string>>();
  const background = (image: { src: string } | null) => {
    const key = image?.src ?? '';
    if (!backgrounds.has(key)) backgrounds.set(key, backgroundDataUrl(publicDir, image));
    return backgrounds.get(key)!;
  };

  const expected = new Set<string>();
  let written = 0;
  for (const locale of routing.locales) {
    const labels = await loadOgLabels(rootDir, locale);
    const messagesFile = path.join(rootDir, 'messages', `${locale}.json`);

    const homePath = homeOgImagePath(locale);
    expected.add(homePath);
    if (
      !(await isFresh(path.join(publicDir, homePath), [
        messagesFile,
        backgroundFile(publicDir, null),
      ]))
    ) {
      const element = homeCard({
        siteName: labels.siteName,
        description: labels.siteDescription,
        lang: locale,
        dir: localeDirection[locale],
        background: await background(null),
      });
      await rasterizeAndWrite(homePath, (await layoutOgCard(element, fonts)).svg);
      written += 1;
    }

    for (const article of articles.filter((item) => item.locale === locale)) {
      const cardPath = ogImagePath(locale, article.id);
      expected.add(cardPath);
      const inputs = [
        path.join(rootDir, article.file),
        messagesFile,
        backgroundFile(publicDir, article.image),
      ];
      if (await isFresh(path.join(publicDir, cardPath), inputs)) continue;
      const section = labels.sections[article.section];
      if (!section) throw new Error(`messages/${locale}.json has no Sections.${article.section}`);
      const card = await layoutArticleCard(
        {
          title: article.title,
          section,
          siteName: labels.siteName,
          locale,
          background: await background(article.image),
        },
        fonts,
      );
      await rasterizeAndWrite(cardPath, card.svg);
      written += 1;
    }
  }

  await Promise.all(pending);

  // Cards of articles that were removed or renamed. A build of another corpus (CONTENT_DIR:
  // fixtures, benchmarks) shares public/ with the site, so it only adds cards; the site's own
  // build prunes.
  let removed = 0;
  for (const locale of process.env.CONTENT_DIR ? [] : routing.locales) {
    const dir = path.join(publicDir, 'og', locale);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (expected.has(`/og/${locale}/${name}`)) continue;
      await rm(path.join(dir, name), { force: true });
      removed += 1;
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `og images: ${expected.size} card(s), ${written} written, ${removed} removed, in ${seconds} s`,
  );
}

await main();
