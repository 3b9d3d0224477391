import { localeDirection, type Locale } from '@/i18n/routing';
import { homePath } from '@/lib/site/urls';

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// Pages answered before or outside the app's own layout: no stylesheet of the site's is linked
// (its file names change with every build), so its colours are repeated here.
const STYLE =
  ':root{color-scheme:light dark}' +
  'body{margin:0;font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.7;' +
  'background:light-dark(#fbfaf7,#15171a);color:light-dark(#1b1d21,#ebe9e4)}' +
  'main{max-width:36rem;margin-block:4rem;margin-inline:auto;padding-inline:1rem}' +
  'h1{font-size:1.75rem;line-height:1.3}a{color:light-dark(#a3161a,#ff8f84);font-weight:700}';

export interface PlainSection {
  locale: Locale;
  title: string;
  /** Paragraphs of plain text, escaped here. */
  lines: string[];
  homeLabel: string;
}

function section({ locale, title, lines, homeLabel }: PlainSection, heading: 'h1' | 'h2') {
  return (
    `<section lang="${locale}" dir="${localeDirection[locale]}">` +
    `<${heading}>${escapeHtml(title)}</${heading}>` +
    lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    `<p><a href="${homePath(locale)}">${escapeHtml(homeLabel)}</a></p></section>`
  );
}

/**
 * A complete page of plain HTML (no script, its own few styles) for answers written before any
 * route renders: 404, 410 and the error statuses. The first section sets the page's language and
 * direction and holds its only `h1`; later sections are the same text in other languages.
 */
export function plainPage(
  documentTitle: string,
  [first, ...others]: [PlainSection, ...PlainSection[]],
): string {
  return (
    `<!doctype html><html lang="${first.locale}" dir="${localeDirection[first.locale]}"><head>` +
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="robots" content="noindex"><title>${escapeHtml(documentTitle)}</title>` +
    `<style>${STYLE}</style></head><body><main>` +
    section(first, 'h1') +
    others.map((other) => section(other, 'h2')).join('') +
    '</main></body></html>'
  );
}
