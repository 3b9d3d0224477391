import { expect, test, type APIRequestContext } from '@playwright/test';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The publishing server (playwright.config.ts) runs the test build on a copy of the content in a
 * folder of its own, so these tests can write, break and delete stories without touching the
 * site the other specs read. Each project that runs them has its own server, named in its
 * metadata: its build is `.next-<name>`, its content `.next-<name>-content`.
 */
export function publishDistDir(): string {
  const name: unknown = test.info().project.metadata.publishServer;
  if (typeof name !== 'string') throw new Error('this project names no publishServer');
  return path.resolve(`.next-${name}`);
}

const publishContentDir = () => `${publishDistDir()}-content`;

/** The schema takes date-times to the second, as editors write them. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface StoryFields {
  slug: string;
  title: string;
  section?: string;
  tags?: string[];
  publishedAt?: string;
  extra?: string[];
  body?: string;
}

export function storyFile({
  slug,
  title,
  section = 'culture',
  tags = ['اختبار-النشر'],
  publishedAt = isoSeconds(new Date(Date.now() - 60_000)),
  extra = [],
  body = 'فقرة أولى من خبر كُتب للتو في غرفة الأخبار.\n\n## عنوان فرعي\n\nفقرة ثانية.',
}: StoryFields): string {
  return [
    '---',
    `slug: ${slug}`,
    `title: "${title}"`,
    'summary: "موجز خبر نُشر من ملف حُفظ للتو."',
    `publishedAt: ${publishedAt}`,
    `section: ${section}`,
    `tags: [${tags.join(', ')}]`,
    'image:',
    '  src: /images/articles/grand-egyptian-museum.svg',
    '  alt: "واجهة المتحف"',
    '  caption: "واجهة المتحف المصري الكبير"',
    '  credit: وكالات',
    '  width: 1600',
    '  height: 900',
    'sources: [وكالات]',
    ...extra,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

export async function writeStory(id: string, locale: 'ar' | 'en', text: string) {
  const folder = path.join(publishContentDir(), id);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `${locale}.md`), text);
}

export async function deleteStory(id: string) {
  await rm(path.join(publishContentDir(), id), { recursive: true, force: true });
}

/** Polls until `check` passes: publishing promises seconds, so the limit is the promise. */
export async function within(seconds: number, check: () => Promise<void>) {
  await expect(check).toPass({ timeout: seconds * 1000, intervals: [250] });
}

export async function statusOf(request: APIRequestContext, url: string) {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

export async function textOf(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

/** The path of the og:image a page names (its origin is whatever SITE_URL the build had). */
export function ogImageOf(html: string): string {
  const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(url, 'the page names an og:image').toBeDefined();
  return new URL(url!).pathname;
}

/** The card answers as a JPEG; its bytes, to compare one version with another. */
export async function expectCard(request: APIRequestContext, path: string): Promise<Buffer> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe('image/jpeg');
  return response.body();
}
