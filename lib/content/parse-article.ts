import { parseDocument } from 'yaml';
import { localeDirection, type Locale } from '@/i18n/routing';
import type { Article, ContentProblem } from './article';
import { foldBody } from './continue-reading';
import { renderBody } from './markdown';
import { fieldHints, frontMatterSchema } from './schema';

interface ArticleSource {
  file: string;
  id: string;
  locale: Locale;
  text: string;
}

type ParseResult =
  { article: Article; problems: [] } | { article: null; problems: ContentProblem[] };

const fail = (problems: ContentProblem[]): ParseResult => ({ article: null, problems });

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

export function parseArticle({ file, id, locale, text }: ArticleSource): ParseResult {
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

  const doc = parseDocument(parts.yaml, { uniqueKeys: true, prettyErrors: true });
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

  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.flatMap((issue): ContentProblem[] => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({
            file,
            field: [...issue.path, key].join('.'),
            message: 'is not a known field',
            hint: `remove it or check its spelling; known fields: ${Object.keys(fieldHints).join(', ')}`,
          }));
        }
        const field = issue.path.join('.') || undefined;
        const topField = field?.split('.')[0];
        const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
        return [
          {
            file,
            field,
            message: missing ? 'is missing' : issue.message,
            hint: topField && fieldHints[topField],
          },
        ];
      }),
    );
  }

  const blocks = renderBody(parts.body, { markLatinRuns: localeDirection[locale] === 'rtl' });
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

  const { updatedAt, image, ...frontMatter } = parsed.data;
  return {
    article: {
      ...frontMatter,
      id,
      locale,
      updatedAt: updatedAt ?? null,
      image: image ?? null,
      body: foldBody(blocks),
      wordCount: blocks.reduce((sum, block) => sum + block.words, 0),
      file,
    },
    problems: [],
  };
}
