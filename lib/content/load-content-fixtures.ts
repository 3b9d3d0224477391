import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { stringify } from 'yaml';
import { formatProblems, type ContentProblem } from './article';
import type { ContentLocation } from './content-location';
import { loadContent } from './load-content';

/** Sites on disk for the loadContent tests: a valid story pair, and one file changed per test. */
export const IMAGE_SRC = '/images/articles/test-image.svg';
const TINY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"></svg>\n';

/** The Arabic file of the story siteWithArabic writes, as problems name it. */
export const AR_FILE = path.join('content', 'baghdad-bombings', 'ar.md');

export type Fields = Record<string, unknown>;

/** Front-matter fields modelled on content/articles/kadhimi-baghdad-bombings/ar.md. */
export function arFields(overrides: Fields = {}): Fields {
  const { image, ...rest } = overrides;
  return {
    slug: 'الكاظمي-تفجيرا-بغداد-خرق-أمني',
    title: 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره',
    summary: 'رئيس الوزراء العراقي: لا مكان للمجاملة على حساب العراق والعراقيين.',
    publishedAt: '2021-01-22T11:40:00+03:00',
    updatedAt: '2021-01-22T15:05:00+03:00',
    section: 'politics',
    tags: ['العراق', 'بغداد', 'الأمن'],
    image: {
      src: IMAGE_SRC,
      alt: 'المجلس الوزاري للأمن الوطني في العراق يعقد جلسة استثنائية',
      caption: 'المجلس الوزاري للأمن الوطني يعقد جلسة استثنائية برئاسة الكاظمي',
      credit: 'تويتر',
      width: 1600,
      height: 900,
      ...(image as Fields | undefined),
    },
    sources: ['وكالات'],
    ...rest,
  };
}

export function enFields(overrides: Fields = {}): Fields {
  const { image, ...rest } = overrides;
  return arFields({
    slug: 'kadhimi-baghdad-bombings-security-breach',
    title: 'Kadhimi: Baghdad bombings a security breach',
    summary: 'Iraqi prime minister: there is no room for favouritism.',
    tags: ['Iraq', 'Baghdad'],
    image: {
      alt: "Iraq's Ministerial Council for National Security meets",
      caption: 'The council holds an extraordinary session',
      credit: 'Twitter',
      ...(image as Fields | undefined),
    },
    sources: ['Agencies'],
    ...rest,
  });
}

export const AR_BODY = [
  'أكد رئيس الوزراء أنّ التفجيرين "خرق أمنيّ" بحسب وكالة Reuters للأنباء.',
  '## الجيش: بغداد آمنة',
  'في غضون ذلك، قالت قيادة العمليات المشتركة إن العاصمة آمنة.',
].join('\n\n');

export const EN_BODY = [
  'Kadhimi said the bombings were a "security breach" and vowed action.',
  '## Army: Baghdad is safe',
  'Meanwhile, the Joint Operations Command said the capital was safe.',
].join('\n\n');

/**
 * A Markdown article: `---`, YAML front matter, `---`, body. A key whose value is `undefined`
 * is left out (yaml's stringify skips undefined values).
 */
export function articleMarkdown(fields: Fields, body: string): string {
  return `---\n${stringify(fields)}---\n\n${body}\n`;
}

export interface Site {
  root: string;
  location: ContentLocation;
  /** Writes content/<id>/<name> and returns its path relative to the root. */
  write(id: string, name: string, text: string | Buffer): Promise<string>;
}

export async function makeSite(t: TestContext): Promise<Site> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'riwaq-content-test-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  await mkdir(contentDir, { recursive: true });
  const image = path.join(publicDir, IMAGE_SRC);
  await mkdir(path.dirname(image), { recursive: true });
  await writeFile(image, TINY_SVG);
  return {
    root,
    location: { rootDir: root, contentDir, publicDir },
    async write(id, name, text) {
      await mkdir(path.join(contentDir, id), { recursive: true });
      await writeFile(path.join(contentDir, id, name), text);
      return path.join('content', id, name);
    },
  };
}

/** A site holding one folder with a valid en.md and the given ar.md. */
export async function siteWithArabic(t: TestContext, arText: string, id = 'baghdad-bombings') {
  const site = await makeSite(t);
  const file = await site.write(id, 'ar.md', arText);
  await site.write(id, 'en.md', articleMarkdown(enFields(), EN_BODY));
  return { site, file };
}

/** Loads content that must hold exactly one problem, and checks how it is reported. */
export async function loadOneProblem(
  site: Site,
  expected: { file: string; field?: string; message: RegExp },
): Promise<ContentProblem> {
  const { problems } = await loadContent(site.location);
  assert.equal(problems.length, 1, `expected one problem, got:\n${formatProblems(problems)}`);
  const problem = problems[0]!;
  assert.equal(problem.file, expected.file);
  assert.equal(problem.field, expected.field);
  assert.match(problem.message, expected.message);
  assert.equal(typeof problem.hint, 'string');
  assert.ok(problem.hint!.length > 0, 'every problem comes with a hint');
  const report = formatProblems(problems);
  assert.match(report, /^Content check failed with 1 problem:/);
  assert.ok(report.includes(expected.file), `report names the file:\n${report}`);
  if (expected.field) {
    assert.ok(report.includes(`field "${expected.field}"`), `report names the field:\n${report}`);
  }
  return problem;
}
