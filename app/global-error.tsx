'use client';

import { use, useEffect } from 'react';
import { BilingualPage } from '@/components/layout/bilingual-page';
import type { Locale } from '@/i18n/routing';
import { homePath } from '@/lib/site/urls';

// This boundary's code ships with every page, so the message files are fetched only when it shows
// (imported, both cost 5 KB gzip on every page). The prerendered page already holds the text.
let errorText: Promise<Record<Locale, typeof import('@/messages/ar.json').ErrorPage>>;
const loadErrorText = () =>
  (errorText ??= Promise.all([import('@/messages/ar.json'), import('@/messages/en.json')]).then(
    ([ar, en]) => ({ ar: ar.default.ErrorPage, en: en.default.ErrorPage }),
  ));

interface GlobalErrorProps {
  /** `digest` names the server's log line for an error thrown while rendering on the server. */
  error: Error & { digest?: string };
  reset: () => void;
}

/** The last boundary, for an error in the locale layout itself: it replaces the whole document. */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  const TEXT = use(loadErrorText());
  useEffect(() => {
    console.error(error.digest ? `site error (digest ${error.digest})` : 'site error', error);
  }, [error]);
  return (
    <BilingualPage
      title={TEXT.ar.title}
      text={TEXT}
      actions={(locale) => (
        <>
          <button type="button" onClick={reset} className="font-bold text-accent underline">
            {TEXT[locale].retry}
          </button>
          <a className="font-bold text-accent underline" href={homePath(locale)}>
            {TEXT[locale].backHome}
          </a>
        </>
      )}
    />
  );
}
