'use client';

import { createContext, use, type ReactNode } from 'react';

export interface ErrorText {
  title: string;
  body: string;
  retry: string;
  backHome: string;
  homeHref: string;
}

const ErrorTextContext = createContext<ErrorText | null>(null);

/**
 * Error boundaries get no props from the server. The layout hands the page's error strings down
 * through this context, so the boundary's bundle carries no message files (a static import of
 * both locales' messages cost 1.8 KB gzip on every page).
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  const text = use(ErrorTextContext);
  if (!text) throw new Error('useErrorText needs an ErrorTextProvider above it');
  return text;
}
