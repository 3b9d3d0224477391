import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The live folder of the live-coverage server (fixture-server.mjs --copy-live). */
export const LIVE_DIR = path.resolve('.next-live-live');
export const SEED = 'grand-egyptian-museum-opening';
export const SEED_SLUG = { ar: 'افتتاح-المتحف-المصري-الكبير', en: 'grand-egyptian-museum-opening' };

export type Locale = 'ar' | 'en';

export const isoMinutes = (date: Date) => date.toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');

export function postFile(
  publishedAt: Date,
  body: string,
  { headline, keyEvent }: { headline?: string; keyEvent?: boolean } = {},
) {
  return [
    '---',
    `publishedAt: ${isoMinutes(publishedAt)}`,
    ...(headline ? [`headline: "${headline}"`] : []),
    ...(keyEvent ? ['keyEvent: true'] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');
}

/**
 * A running coverage of its own for one test: the seed page's files with their own slug and
 * `status: live`, and `posts` posts a minute apart ending `newestAgoMinutes` ago. Tests that run at
 * once each write into their own folder, so none sees another's posts.
 */
export async function createCoverage(
  id: string,
  { posts = 5, newestAgoMinutes = 5 }: { posts?: number; newestAgoMinutes?: number } = {},
) {
  const folder = path.join(LIVE_DIR, id);
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'posts'), { recursive: true });
  for (const locale of ['ar', 'en'] as const) {
    const seed = await readFile(path.join(LIVE_DIR, SEED, `${locale}.md`), 'utf8');
    await writeFile(
      path.join(folder, `${locale}.md`),
      seed
        .replace(/^slug: .*$/m, `slug: ${id}`)
        .replace(/^status: ended$/m, 'status: live')
        .replace(/^endedAt: .*\n/m, '')
        .replace(/^startedAt: .*$/m, `startedAt: ${isoMinutes(new Date(Date.now() - 86_400_000))}`),
    );
  }
  const newest = Date.now() - newestAgoMinutes * 60_000;
  for (let n = 0; n < posts; n++) {
    const at = new Date(newest - (posts - 1 - n) * 60_000);
    for (const locale of ['ar', 'en'] as const) {
      await writePost(id, `p-${String(n).padStart(3, '0')}`, locale, postFile(at, `Post ${n}.`));
    }
  }
  return { id, folder };
}

export async function writePost(id: string, post: string, locale: Locale, text: string) {
  const file = path.join(LIVE_DIR, id, 'posts', `${post}.${locale}.md`);
  // Written whole under a hidden name, then renamed: the server never reads half a file.
  const hidden = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  await writeFile(hidden, text);
  await rename(hidden, file);
}

export async function removeCoverage(id: string) {
  await rm(path.join(LIVE_DIR, id), { recursive: true, force: true });
}

/** The seed's post ids, newest first, the pinned one apart. */
export async function seedPosts(locale: Locale) {
  const dir = path.join(LIVE_DIR, SEED, 'posts');
  const names = (await readdir(dir)).filter((name) => name.endsWith(`.${locale}.md`)).sort();
  const posts = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      return {
        id: name.replace(`.${locale}.md`, ''),
        publishedAt: /^publishedAt: (.*)$/m.exec(text)![1]!,
        pinned: /^pinned: true$/m.test(text),
        keyEvent: /^keyEvent: true$/m.test(text),
      };
    }),
  );
  return posts.reverse();
}

/** The seed live page's address, as the site serves it from content/live. */
export const seedLivePath = (locale: Locale) =>
  `/${locale}/live/${encodeURIComponent(SEED_SLUG[locale])}`;
