import type { ReactNode } from 'react';
import { localeDirection, routing, type Locale } from '@/i18n/routing';

interface BilingualPageProps {
  title: string;
  text: Record<Locale, { title: string; body: string }>;
  /** The links (and buttons) under each locale's text. */
  actions: (locale: Locale) => ReactNode;
}

/**
 * A whole document for the pages no locale layout wraps (the root 404, the last error boundary):
 * Arabic first, then the same words in English for readers who came from an English link.
 */
export function BilingualPage({ title, text, actions }: BilingualPageProps) {
  return (
    <html lang={routing.defaultLocale} dir={localeDirection[routing.defaultLocale]}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a document of its own in app/; next/head is for pages/ */}
      <head>
        {/* No layout above gives it a title, and a page without one is unnamed to screen
            readers and in tabs. */}
        <title>{title}</title>
      </head>
      <body className="bg-paper font-sans text-ink">
        <main className="mx-auto max-w-xl space-y-8 px-4 py-16">
          {routing.locales.map((locale) => (
            <section key={locale} lang={locale} dir={localeDirection[locale]} className="space-y-4">
              <h1 className="text-2xl font-bold">{text[locale].title}</h1>
              <p>{text[locale].body}</p>
              <p className="flex flex-wrap gap-4">{actions(locale)}</p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
