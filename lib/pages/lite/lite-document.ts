import { localeDirection, type Locale } from '@/i18n/routing';
import { litePath } from '@/lib/site/urls';
import { attr, mixedText } from '@/lib/pages/html-strings';
import type { LiteLabels } from './lite-labels';
import { LITE_STYLE } from './lite-style';

export interface LiteDocument {
  locale: Locale;
  labels: LiteLabels;
  title: string;
  description: string;
  /** The full page this one stands for: its canonical URL, absolute. */
  canonical: string;
  /** The same lite page in the other language, when there is one. */
  other: { locale: Locale; href: string } | null;
  /** The page's own markup, already escaped. */
  main: string;
}

/**
 * A whole lite page: no script, no web font, no stylesheet to fetch. Lite pages are `noindex`:
 * search engines index the full page, which the canonical link names.
 */
export function liteDocument({
  locale,
  labels,
  title,
  description,
  canonical,
  other,
  main,
}: LiteDocument) {
  const dir = localeDirection[locale];
  const otherLink = other
    ? ` · <a href="${attr(other.href)}" hreflang="${other.locale}" lang="${other.locale}" dir="${localeDirection[other.locale]}">${attr(labels.otherLanguage)}</a>`
    : '';
  return (
    `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${attr(title)}</title>` +
    `<meta name="description" content="${attr(description)}">` +
    '<meta name="robots" content="noindex">' +
    `<link rel="canonical" href="${attr(canonical)}">` +
    `<style>${LITE_STYLE}</style></head><body>` +
    `<header class="s"><div class="w"><a href="${litePath.home(locale)}">${mixedText(labels.siteName, locale)}</a>` +
    ` · <a href="${attr(canonical)}">${mixedText(labels.fullVersion, locale)}</a>${otherLink}</div></header>` +
    `<main id="main" class="w">${main}</main>` +
    `<footer class="s"><div class="w m">${mixedText(labels.rights, locale)}</div></footer>` +
    '</body></html>'
  );
}
