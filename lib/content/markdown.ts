import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { splitLatinRuns } from '@/lib/util/latin-runs';
import { markdownTree } from './markdown-tree';

export interface BodyBlock {
  tagName: string;
  html: string;
  words: number;
}

const SKIP_LANG_WRAP = new Set(['code', 'pre', 'script', 'style']);

function wrapLatinRuns(node: Root | Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (!SKIP_LANG_WRAP.has(child.tagName) && child.properties.lang === undefined) {
        wrapLatinRuns(child);
      }
      return [child];
    }
    if (child.type !== 'text') return child.type === 'doctype' ? [] : [child];
    return splitLatinRuns(child.value).map(({ text, latin }): ElementContent => {
      const textNode: Text = { type: 'text', value: text };
      if (!latin) return textNode;
      return { type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [textNode] };
    });
  });
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join(' ');
  return '';
}

function countWords(node: Element): number {
  return textOf(node)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const isLocalPath = (value: unknown) => typeof value === 'string' && /^\/(?!\/)/.test(value);

/**
 * After sanitising: links that leave the site open without handing it the reader's page
 * (`rel="noopener noreferrer"`), and images may only come from the site itself, so an article
 * cannot make readers' browsers call another origin.
 */
function guardLinksAndImages(node: Root | Element): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (child.tagName === 'img' && !isLocalPath(child.properties.src)) return false;
    if (child.tagName === 'a' && !isLocalPath(child.properties.href) && child.properties.href) {
      child.properties.rel = ['noopener', 'noreferrer'];
    }
    guardLinksAndImages(child);
    return true;
  });
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/**
 * A paragraph that is only a picture becomes a figure; the picture's title, "caption | credit",
 * becomes its caption, with the credit apart. Runs after sanitising: it adds no attribute a
 * writer controls.
 */
function picturesToFigures(tree: Root): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'element' || node.tagName !== 'p') return node;
    const [image, ...others] = node.children.filter((child) => !isBlank(child));
    if (others.length > 0 || image?.type !== 'element' || image.tagName !== 'img') return node;
    const title = typeof image.properties.title === 'string' ? image.properties.title : '';
    delete image.properties.title;
    Object.assign(image.properties, { loading: 'lazy', decoding: 'async' });
    const [caption = '', credit = ''] = title.split('|').map((part) => part.trim());
    const parts: ElementContent[] = [{ type: 'text', value: caption }];
    if (credit) {
      parts.push({ type: 'text', value: ' ' });
      const creditText: Text = { type: 'text', value: credit };
      parts.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['credit'] },
        children: [creditText],
      });
    }
    const figcaption: Element = {
      type: 'element',
      tagName: 'figcaption',
      properties: {},
      children: parts,
    };
    return {
      type: 'element',
      tagName: 'figure',
      properties: {},
      children: title ? [image, figcaption] : [image],
    };
  });
}

/**
 * Renders an article body to sanitised HTML, one string per top-level block, so the page can
 * show a lead and fold the rest. Latin runs inside right-to-left text get lang="en".
 */
export function renderBody(markdown: string, options: { markLatinRuns: boolean }): BodyBlock[] {
  // Raw HTML in Markdown is dropped by markdownTree; what Markdown itself makes is then filtered
  // by hast-util-sanitize's allow-list (GitHub's), which strips javascript:/data: URLs and handlers.
  const tree = sanitize(markdownTree(markdown), defaultSchema) as Root;
  guardLinksAndImages(tree);
  picturesToFigures(tree);
  if (options.markLatinRuns) wrapLatinRuns(tree);
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((node) => ({ tagName: node.tagName, html: toHtml(node), words: countWords(node) }));
}
