/**
 * Writes N valid articles (ar.md and en.md each) into a folder for build benchmarks:
 * the seed article's body, with slug, title, dates, section and tags varied.
 * Usage: npx tsx bench/generate-articles.ts <count> <dir>
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SEED_DIR = path.join(
  import.meta.dirname,
  '..',
  'content',
  'articles',
  'kadhimi-baghdad-bombings',
);
const SECTIONS = ['politics', 'economy', 'culture', 'science', 'society', 'environment'];
const AR_TAGS = [
  'العراق',
  'بغداد',
  'الأمن',
  'مصر',
  'المغرب',
  'الخليج',
  'الطاقة',
  'التراث',
  'الفضاء',
  'النقل',
];
const EN_TAGS = [
  'Iraq',
  'Baghdad',
  'Security',
  'Egypt',
  'Morocco',
  'Gulf',
  'Energy',
  'Heritage',
  'Space',
  'Transport',
];

/** Splits a seed file into its front matter lines and its body. */
function split(text: string): { frontMatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('seed article has no front matter');
  return { frontMatter: match[1]!, body: match[2]! };
}

/** Keeps the seed's image, caption and sources blocks; replaces the rest. */
function keptBlock(frontMatter: string, key: string): string {
  const lines = frontMatter.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return '';
  let end = start + 1;
  while (end < lines.length && /^\s/.test(lines[end]!)) end += 1;
  return lines.slice(start, end).join('\n');
}

function isoDate(index: number): string {
  // One story every 7 hours going back from the seed's date: distinct, ordered, all in the past.
  const time = Date.parse('2021-01-22T08:40:00Z') - index * 7 * 3600_000;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

interface Seed {
  frontMatter: string;
  body: string;
}

/** What a publishing run changes in a generated story: its headline and its time. */
export interface StoryOverrides {
  title?: string;
  publishedAt?: string;
}

function article(
  locale: 'ar' | 'en',
  seed: Seed,
  index: number,
  overrides: StoryOverrides = {},
): string {
  const tags = locale === 'ar' ? AR_TAGS : EN_TAGS;
  const n = index + 1;
  const slug = locale === 'ar' ? generatedSlug(index) : `generated-story-${n}`;
  const title =
    overrides.title ??
    (locale === 'ar'
      ? `خبر تجريبي رقم ${n} عن الأمن في بغداد`
      : `Generated story ${n} about security in Baghdad`);
  const summary =
    locale === 'ar'
      ? `ملخص الخبر التجريبي رقم ${n}، مكتوب لقياس زمن البناء مع عدد كبير من المقالات.`
      : `Summary of generated story ${n}, written to measure build time with many articles.`;
  const lines = [
    '---',
    `slug: ${slug}`,
    `title: "${title}"`,
    `summary: "${summary}"`,
    `publishedAt: ${overrides.publishedAt ?? isoDate(index)}`,
    `section: ${SECTIONS[index % SECTIONS.length]}`,
    'tags:',
    `  - ${tags[index % tags.length]}`,
    `  - ${tags[(index * 3 + 1) % tags.length]}`,
    keptBlock(seed.frontMatter, 'image'),
    keptBlock(seed.frontMatter, 'sources'),
    '---',
  ].filter(Boolean);
  return `${lines.join('\n')}\n${seed.body}`;
}

async function readSeeds(): Promise<Record<'ar' | 'en', Seed>> {
  return {
    ar: split(await readFile(path.join(SEED_DIR, 'ar.md'), 'utf8')),
    en: split(await readFile(path.join(SEED_DIR, 'en.md'), 'utf8')),
  };
}

const folderName = (index: number) => `generated-${String(index + 1).padStart(5, '0')}`;

/** The Arabic slug of generated story `index`. */
export const generatedSlug = (index: number) => `خبر-تجريبي-رقم-${index + 1}`;

export async function generateArticles(count: number, dir: string): Promise<void> {
  const seeds = await readSeeds();
  await rm(dir, { recursive: true, force: true });
  for (let index = 0; index < count; index += 1) {
    const folder = path.join(dir, folderName(index));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'ar.md'), article('ar', seeds.ar, index));
    await writeFile(path.join(folder, 'en.md'), article('en', seeds.en, index));
  }
}

/**
 * Saves the Arabic file of generated story `index` into `dir` as an editor would (one write of
 * the whole file) and returns its folder.
 */
export async function saveArabicStory(
  dir: string,
  index: number,
  overrides: StoryOverrides,
): Promise<string> {
  const seeds = await readSeeds();
  const folder = path.join(dir, folderName(index));
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'ar.md'), article('ar', seeds.ar, index, overrides));
  return folder;
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('generate-articles.ts')) {
  const [countArg, dir] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !dir) {
    console.error('usage: npx tsx bench/generate-articles.ts <count> <dir>');
    process.exit(2);
  }
  await generateArticles(count, path.resolve(dir));
  console.log(`wrote ${count} article(s) in ${dir}`);
}
