'use client';

import { useEffect } from 'react';
import { useErrorText } from '@/components/layout/error-text';

interface ErrorProps {
  /** `digest` names the server's log line for an error thrown while rendering on the server. */
  error: Error & { digest?: string };
  reset: () => void;
}

export default function LocaleError({ error, reset }: ErrorProps) {
  const t = useErrorText();
  useEffect(() => {
    console.error(error.digest ? `page error (digest ${error.digest})` : 'page error', error);
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-lg leading-relaxed">{t.body}</p>
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-full bg-accent px-5 py-2 font-bold text-paper"
        >
          {t.retry}
        </button>
        <a
          href={t.homeHref}
          className="px-2 py-2 font-bold text-accent underline underline-offset-4"
        >
          {t.backHome}
        </a>
      </div>
    </main>
  );
}
