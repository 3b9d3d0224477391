/**
 * A very small XML writer for feeds and sitemaps: every text node and attribute value passes
 * through one escaping function, so a headline with `"`, `&` or `<` can never break a document.
 */

// Characters XML 1.0 forbids outright (C0 controls other than tab, newline and carriage
// return, U+FFFE, U+FFFF and unpaired surrogates): dropped rather than escaped, since no
// escape makes them legal.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Escapes text for element content or a double-quoted attribute (the only kind written here). */
export function escapeXml(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Escapes the characters that make text into markup, for fields that readers treat as HTML (an
 * RSS description). Quotes stay: they mean nothing in HTML text.
 */
export function escapeHtmlText(value: string): string {
  return value.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  name: string;
  attributes?: XmlAttributes;
  /** Text content; ignored when the element has children. */
  text?: string;
  children?: readonly XmlElement[];
}

/** Shorthand for an element; children that are `null` or `false` are left out. */
export function el(
  name: string,
  attributes: XmlAttributes | null,
  content?: string | readonly (XmlElement | null | false)[],
): XmlElement {
  const element: XmlElement = { name, attributes: attributes ?? undefined };
  if (typeof content === 'string') return { ...element, text: content };
  if (content) {
    return { ...element, children: content.filter((child): child is XmlElement => !!child) };
  }
  return element;
}

function renderAttributes(attributes: XmlAttributes | undefined): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function renderElement(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const open = `${element.name}${renderAttributes(element.attributes)}`;
  if (element.children && element.children.length > 0) {
    const inner = element.children.map((child) => renderElement(child, depth + 1)).join('\n');
    return `${indent}<${open}>\n${inner}\n${indent}</${element.name}>`;
  }
  if (element.text !== undefined && element.text !== '') {
    return `${indent}<${open}>${escapeXml(element.text)}</${element.name}>`;
  }
  return `${indent}<${open}/>`;
}

/** A whole UTF-8 document: the XML declaration, then the root element, two-space indented. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0)}\n`;
}
