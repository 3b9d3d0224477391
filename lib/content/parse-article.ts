import type { z } from 'zod';
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { localeDirection, type Locale } from '@/i18n/routing';
import type { Article, ContentProblem } from './article';
import { renderBody } from './markdown';
import { findPlaceholder } from './placeholder-body';
import { fieldHints, frontMatterSchema, type FrontMatter } from './schema';

interface ArticleSource {
  file: string;
  id: string;
  locale: Locale;
  text: string;
}

type ParseResult =
  { article: Article; problems: [] } | { article: null; problems: ContentProblem[] };

type FrontMatterResult<T = FrontMatter> =
  | { frontMatter: T; body: string; problems: [] }
  | { frontMatter: null; problems: ContentProblem[] };

const fail = (problems: ContentProblem[]) => ({ article: null, frontMatter: null, problems });

/** Splits `---` front matter from the Markdown body; a BOM and CRLF line endings are accepted. */
function splitFrontMatter(raw: string): { yaml: string; body: string } | null {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n(?:([\s\S]*?)\n)?---(?:\n|$)([\s\S]*)$/.exec(text);
  return match ? { yaml: match[1] ?? '', body: match[2]! } : null;
}

function valueAt(data: object, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  }
  return value;
}

/**
 * The first alias (`*name`) in the front matter, with its line. Aliases are refused outright: a
 * few lines of them expand to millions of values (and one without its anchor cannot be read).
 */
function firstAlias(doc: Document, lines: LineCounter): { name: string; line: number } | null {
  let found: { name: string; line: number } | null = null;
  visit(doc, (_key, node) => {
    if (!isAlias(node)) return undefined;
    found = { name: node.source, line: lines.linePos(node.range?.[0] ?? 0).line };
    return visit.BREAK;
  });
  return found;
}

/** Checks a file's front matter against the story schema, leaving the body unread. */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  return parseFrontMatterWith(frontMatterSchema, fieldHints, file, text);
}

/** Checks a file's front matter against `schema`; `hints` name each field's fix. */
export function parseFrontMatterWith<T>(
  schema: z.ZodType<T>,
  hints: Record<string, string>,
  file: string,
  text: string,
): FrontMatterResult<T> {
  const parts = splitFrontMatter(text);
  if (!parts) {
    return fail([
      {
        file,
        message: 'has no front matter',
        hint: 'start the file with a line "---", the YAML fields, then another "---" line',
      },
    ]);
  }

  const lines = new LineCounter();
  const doc = parseDocument(parts.yaml, {
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter: lines,
  });
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((error) => ({
        file,
        message: `has front matter that is not valid YAML: ${error.message.split('\n')[0]}${
          error.linePos ? ` (front matter line ${error.linePos[0].line})` : ''
        }`,
        hint: 'quote values that contain ":" or "#", and indent lists with two spaces',
      })),
    );
  }

  const alias = firstAlias(doc, lines);
  if (alias) {
    return fail([
      {
        file,
        message: `has front matter that uses a YAML alias (*${alias.name}, front matter line ${alias.line})`,
        hint: 'write each value out in full instead of repeating an &anchor with *alias',
      },
    ]);
  }

  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      {
        file,
        message: 'has front matter that is not a set of fields',
        hint: 'write one "field: value" per line between the two "---" lines',
      },
    ]);
  }

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.flatMap((issue): ContentProblem[] => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({
            file,
            field: [...issue.path, key].join('.'),
            message: 'is not a known field',
            hint: `remove it or check its spelling; known fields: ${Object.keys(hints).join(', ')}`,
          }));
        }
        const field = issue.path.join('.') || undefined;
        const topField = field?.split('.')[0];
        const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
        const ownHint: unknown = issue.code === 'custom' ? issue.params?.hint : undefined;
        return [
          {
            file,
            field,
            message: missing ? 'is missing' : issue.message,
            hint: typeof ownHint === 'string' ? ownHint : topField && hints[topField],
          },
        ];
      }),
    );
  }
  return { frontMatter: parsed.data, body: parts.body, problems: [] };
}

export function parseArticle({ file, id, locale, text }: ArticleSource): ParseResult {
  const read = parseFrontMatter(file, text);
  if (!read.frontMatter) return fail(read.problems);

  const placeholder = findPlaceholder(read.body);
  if (placeholder) {
    return fail([
      {
        file,
        field: 'body',
        message: `still holds the placeholder text "${placeholder}" from npm run new-article`,
        hint: "replace the placeholder paragraphs and sub-heading with the story's own text",
      },
    ]);
  }

  const blocks = renderBody(read.body, { markLatinRuns: localeDirection[locale] === 'rtl' });
  if (blocks.length === 0) {
    return fail([
      {
        file,
        field: 'body',
        message: 'is empty',
        hint: 'write the article text below the front matter',
      },
    ]);
  }
  if (blocks.some((block) => block.tagName === 'h1')) {
    return fail([
      {
        file,
        field: 'body',
        message: 'uses a level-1 heading (#)',
        hint: 'the headline is the page\'s only h1: use "## " for sub-headings',
      },
    ]);
  }

  const { updatedAt, image, ...frontMatter } = read.frontMatter;
  return {
    article: {
      ...frontMatter,
      id,
      locale,
      updatedAt: updatedAt ?? null,
      image: image ?? null,
      body: blocks,
      wordCount: blocks.reduce((sum, block) => sum + block.words, 0),
      file,
    },
    problems: [],
  };
}
