/**
 * `npm run new-article`: creates content/articles/<id>/<locale>.md with today's date, checked by
 * the same schema as the build. Give answers as flags, or answer the prompts:
 *   npm run new-article -- --id mosul-library --locale ar --section culture \
 *     --title "…" --summary "…" [--slug …] [--tags "أ,ب"] [--sources "وكالات"] [--dir content/articles]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  nowWithOffset,
  renderArticleFile,
  validateInput,
  type NewArticleInput,
} from '../lib/content/new-article';
import { formatProblem } from '../lib/content/article';
import { parseFrontMatter } from '../lib/content/parse-article';
import { sections } from '../lib/content/sections';
import { resolveTimeZone } from '../lib/site/config';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    locale: { type: 'string' },
    title: { type: 'string' },
    summary: { type: 'string' },
    section: { type: 'string' },
    slug: { type: 'string' },
    tags: { type: 'string' },
    sources: { type: 'string' },
    dir: { type: 'string', default: 'content/articles' },
  },
});

const list = (value: string | undefined) =>
  value
    ?.split(/[,،]/)
    .map((item) => item.trim())
    .filter(Boolean);

async function ask(): Promise<NewArticleInput> {
  const questions: [keyof NewArticleInput, string][] = [
    ['id', 'Folder id (e.g. mosul-library-reopens)'],
    ['locale', 'Locale (ar or en)'],
    ['title', 'Headline'],
    ['summary', 'Standfirst'],
    ['section', `Section (${sections.join(', ')})`],
  ];
  const answers: Record<string, string> = {};
  const missing = questions.filter(([key]) => !values[key]);
  if (missing.length > 0 && !process.stdin.isTTY) {
    console.error(
      `Missing ${missing.map(([key]) => `--${key}`).join(', ')} (no terminal to ask on).`,
    );
    process.exit(2);
  }
  const prompt =
    missing.length > 0 ? createInterface({ input: process.stdin, output: process.stdout }) : null;
  for (const [key, question] of questions) {
    answers[key] = values[key] ?? (await prompt!.question(`${question}: `));
  }
  prompt?.close();
  return {
    id: answers.id!.trim(),
    locale: answers.locale!.trim(),
    title: answers.title!,
    summary: answers.summary!,
    section: answers.section!.trim(),
    slug: values.slug,
    tags: list(values.tags),
    sources: list(values.sources),
  };
}

const input = await ask();
const errors = validateInput(input);
if (errors.length > 0) {
  console.error(
    ['Cannot create the article:', ...errors.map((error) => `  - ${error}`)].join('\n'),
  );
  process.exit(1);
}

const file = path.join(values.dir!, input.id, `${input.locale}.md`);
if (existsSync(file)) {
  console.error(
    `${file} already exists; nothing was written. Choose another id or edit that file.`,
  );
  process.exit(1);
}
const text = renderArticleFile(
  input,
  nowWithOffset(new Date(), resolveTimeZone(process.env.SITE_TIME_ZONE)),
);
// The front matter must pass the build's own schema before the file is left on disk; the body is
// the placeholder the editor replaces.
const { problems } = parseFrontMatter(file, text);
if (problems.length > 0) {
  console.error(
    [
      'The new file would not pass the content check:',
      ...problems.map((p) => `  - ${formatProblem(p)}`),
    ].join('\n'),
  );
  process.exit(1);
}
await mkdir(path.dirname(file), { recursive: true });
try {
  await writeFile(file, text, { flag: 'wx' });
} catch (error) {
  await rm(file, { force: true });
  throw error;
}
console.log(`Created ${file}. Write the body, then run npm run content:check.`);
