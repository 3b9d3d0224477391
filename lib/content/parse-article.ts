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

type ParseResult = { article: Article; problems: [] } | { article: null; problems: ContentProblem[] };

const fail = (problems: ContentProblem[]): ParseResult => ({ article: null, problems });

/** Splits `---` front matter from the Markdown body; a BOM and CRLF line endings are accepted. */
function splitFrontMatter(raw: string): { yaml: string; body: string } | null {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
  return match ? { yaml: match[1]!, body: match[2]! } : null;
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

  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => {
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = [...issue.path, ...unknownKeys.slice(0, 1)].join('.') || undefined;
        const topField = field?.split('.')[0];
        return {
          file,
          field,
          message: unknownKeys.length > 0 ? `is not a known field` : issue.message,
          hint:
            unknownKeys.length > 0
              ? `remove it or check its spelling; known fields: ${Object.keys(fieldHints).join(', ')}`
              : topField && fieldHints[topField],
        };
      }),
    );
  }

  const blocks = renderBody(parts.body, { markLatinRuns: localeDirection[locale] === 'rtl' });
  if (blocks.length === 0) {
    return fail([{ file, field: 'body', message: 'is empty', hint: 'write the article text below the front matter' }]);
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

  const { updatedAt, ...frontMatter } = parsed.data;
  return {
    article: {
      ...frontMatter,
      id,
      locale,
      updatedAt: updatedAt ?? null,
      body: foldBody(blocks),
      wordCount: blocks.reduce((sum, block) => sum + block.words, 0),
      file,
    },
    problems: [],
  };
}
