import { createTranslator } from 'next-intl';
import { localeDirection, type Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { homePath } from '@/lib/urls';

const MESSAGES = { ar, en };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The 410 page of a withdrawn story: what it was, why it was withdrawn, the way home. Written by
 * the proxy, before any route renders, so it is plain HTML with its own few styles and no script.
 */
export function withdrawnPage(article: Article): string {
  const locale: Locale = article.locale;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Withdrawn' });
  const title = escapeHtml(t('title'));
  return `<!doctype html>
<html lang="${locale}" dir="${localeDirection[locale]}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>body{margin:0 auto;max-inline-size:40rem;padding:3rem 1rem;font:1.125rem/1.7 system-ui,sans-serif;color:#1d1f22;background:#fbfaf7}@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#15171a}a{color:#9cc3ff}}h1{font-size:1.75rem;line-height:1.3}a{color:#0b4fae;font-weight:700}</style>
<main>
<h1>${title}</h1>
<p>${escapeHtml(article.title)}</p>
<p>${escapeHtml(t('reason', { reason: article.withdrawnReason ?? '' }))}</p>
<p><a href="${homePath(locale)}">${escapeHtml(t('backHome'))}</a></p>
</main>
</html>
`;
}
