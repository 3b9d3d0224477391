'use client';

import { useParams } from 'next/navigation';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

// Error boundaries get no props from the server, so the two locales' strings come with the code.
const TEXT = { ar: ar.ErrorPage, en: en.ErrorPage };

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const locale = useParams<{ locale: string }>()?.locale;
  const lang = locale === 'en' ? 'en' : 'ar';
  const t = TEXT[lang];
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
          href={`/${lang}`}
          className="px-2 py-2 font-bold text-accent underline underline-offset-4"
        >
          {t.backHome}
        </a>
      </div>
    </main>
  );
}
