import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import MarkdownIt, { type Token } from 'markdown-it';

/**
 * CommonMark without extensions, as remark-parse read it before (decision 0015): markdown-it
 * parses about ten times faster than micromark, which was a third of a first content check. Raw
 * HTML is parsed so that it can be dropped, as remark-rehype dropped it, rather than shown as
 * text; every link is kept as a link and left to the sanitiser, which alone decides what is safe.
 */
const parser = new MarkdownIt('commonmark', { html: true });
parser.validateLink = () => true;
parser.normalizeLinkText = (text) => text;
parser.normalizeLink = normalizeUri;

const ASCII_KEPT = /[!#$&-;=?-Z_a-z~]/;
const isAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Percent-encodes what a URL may not hold as written, keeping valid `%XX` (as micromark does). */
function normalizeUri(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (
      code === 37 &&
      isAlphanumeric(value.charCodeAt(index + 1)) &&
      isAlphanumeric(value.charCodeAt(index + 2))
    ) {
      result += value.slice(index, index + 3);
      index += 2;
    } else if (code < 128) {
      const char = value[index]!;
      result += ASCII_KEPT.test(char) ? char : encodeURIComponent(char);
    } else if (code >= 0xd800 && code < 0xe000) {
      const next = value.charCodeAt(index + 1);
      const pair = code < 0xdc00 && next >= 0xdc00 && next < 0xe000;
      result += encodeURIComponent(pair ? value.slice(index, index + 2) : '\uFFFD');
      if (pair) index += 1;
    } else {
      result += encodeURIComponent(value[index]!);
    }
  }
  return result;
}

const element = (
  tagName: string,
  properties: Element['properties'] = {},
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

const newline = (): Text => ({ type: 'text', value: '\n' });

/** Children apart by a line break, and around them when `loose` (mdast-util-to-hast's wrap). */
function wrap(nodes: ElementContent[], loose: boolean): ElementContent[] {
  const result: ElementContent[] = loose ? [newline()] : [];
  nodes.forEach((node, index) => {
    if (index > 0) result.push(newline());
    result.push(node);
  });
  if (loose && nodes.length > 0) result.push(newline());
  return result;
}

const isParagraph = (node: ElementContent | undefined) =>
  node?.type === 'element' && node.tagName === 'p';

/** A list item's children: a tight list's paragraphs give their text to the item itself. */
function listItemChildren(results: ElementContent[], loose: boolean): ElementContent[] {
  const children: ElementContent[] = [];
  results.forEach((child, index) => {
    if (loose || index !== 0 || !isParagraph(child)) children.push(newline());
    if (isParagraph(child) && !loose) children.push(...(child as Element).children);
    else children.push(child);
  });
  const tail = results.at(-1);
  if (tail && (loose || !isParagraph(tail))) children.push(newline());
  return children;
}

/** Spaces and tabs around line endings go, as remark-rehype's text handler trims them. */
function trimLines(nodes: ElementContent[]): ElementContent[] {
  for (const node of nodes) {
    if (node.type === 'text') node.value = node.value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1');
    else if (node.type === 'element' && node.tagName !== 'code') trimLines(node.children);
  }
  return nodes;
}

/** An attribute as text (markdown-it types them as text or number). */
function attr(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

/** Inline tokens to hast. Adjacent text joins into one node, as in mdast, except after a break. */
function inline(tokens: readonly Token[]): ElementContent[] {
  const stack: ElementContent[][] = [[]];
  let joinable: Text | null = null;
  const push = (node: ElementContent) => {
    stack.at(-1)!.push(node);
    joinable = null;
  };
  const text = (value: string) => {
    if (joinable) joinable.value += value;
    else {
      const node: Text = { type: 'text', value };
      push(node);
      joinable = node;
    }
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        text(token.content);
        break;
      case 'softbreak':
        text('\n');
        break;
      case 'hardbreak':
        push(element('br'));
        push(newline());
        break;
      case 'code_inline':
        push(
          element('code', {}, [{ type: 'text', value: token.content.replace(/\r?\n|\r/g, ' ') }]),
        );
        break;
      case 'image': {
        const title = attr(token, 'title');
        const alt = (token.children ?? []).map((child) => child.content).join('');
        push(
          element('img', {
            src: attr(token, 'src') ?? '',
            alt,
            ...(title !== null && { title }),
          }),
        );
        break;
      }
      case 'html_inline':
        // Dropped; the text on either side stays apart, as mdast kept it.
        joinable = null;
        break;
      default:
        if (token.nesting === 1) {
          const title = attr(token, 'title');
          const href = attr(token, 'href');
          const opened = element(
            token.tag,
            href === null ? {} : { href, ...(title !== null && { title }) },
          );
          push(opened);
          stack.push(opened.children);
        } else if (token.nesting === -1) {
          stack.pop();
          joinable = null;
        }
    }
  }
  return trimLines(stack[0]!);
}

interface Frame {
  node: Element;
  /** A list's: whether one of its items holds a paragraph that markdown-it did not hide. */
  loose: boolean;
}

function codeBlock(token: Token): Element {
  const value = token.content.replace(/\n$/, '');
  const [language] = token.info.trim().split(/\s+/);
  const properties = language ? { className: [`language-${language}`] } : {};
  return element('pre', {}, [
    element('code', properties, [{ type: 'text', value: value && `${value}\n` }]),
  ]);
}

/** A closed frame's element, its children placed with line breaks as remark-rehype placed them. */
function close({ node, loose }: Frame): Element {
  if (node.tagName === 'ul' || node.tagName === 'ol') {
    for (const item of node.children) {
      if (item.type === 'element') item.children = listItemChildren(item.children, loose);
    }
  }
  if (['blockquote', 'ul', 'ol'].includes(node.tagName)) node.children = wrap(node.children, true);
  return node;
}

/**
 * Markdown to a hast tree shaped as remark-rehype shaped it (the same elements, the same line
 * breaks between them), not yet sanitised.
 */
export function markdownTree(markdown: string): Root {
  const root: Frame = { node: element('root'), loose: false };
  const frames: Frame[] = [root];
  const add = (...nodes: ElementContent[]) => frames.at(-1)!.node.children.push(...nodes);
  for (const token of parser.parse(markdown, {})) {
    if (token.type === 'inline') add(...inline(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') add(codeBlock(token));
    else if (token.type === 'hr') add(element('hr'));
    else if (token.nesting === 1) {
      const start = Number(token.attrGet('start') ?? 1);
      const properties = token.type === 'ordered_list_open' && start !== 1 ? { start } : {};
      const list = frames.at(-2);
      if (
        token.type === 'paragraph_open' &&
        !token.hidden &&
        frames.at(-1)!.node.tagName === 'li'
      ) {
        if (list) list.loose = true;
      }
      frames.push({ node: element(token.tag, properties), loose: false });
    } else if (token.nesting === -1 && frames.length > 1) {
      add(close(frames.pop()!));
    }
    // html_block: dropped, as remark-rehype drops raw HTML.
  }
  return { type: 'root', children: wrap(root.node.children, false) as RootContent[] };
}
