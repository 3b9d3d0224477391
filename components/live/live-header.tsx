import type { LivePage } from '@/lib/content/live';
import type { liveLabels } from '@/lib/pages/live/live-labels';
import { MixedText } from '../mixed-text';
import { TimeEntries } from '../article/time-entries';
import { LiveBadge } from './live-badge';

type T = Awaited<ReturnType<typeof liveLabels>>['t'];

/** Badge, headline, summary, when the coverage ran, and the key points box. */
export function LiveHeader({ page, t, heading }: { page: LivePage; t: T; heading?: string }) {
  const { locale } = page;
  const times = [
    { label: t('started'), iso: page.startedAt },
    ...(page.endedAt ? [{ label: t('endedAt'), iso: page.endedAt }] : []),
  ];
  return (
    <header className="space-y-4">
      <LiveBadge status={page.status} label={t(page.status === 'live' ? 'live' : 'ended')} />
      <h1 className="text-3xl leading-snug font-bold text-balance sm:text-4xl sm:leading-tight">
        <MixedText text={page.title} locale={locale} />
        {heading && <span className="mt-2 block text-xl font-normal text-muted">{heading}</span>}
      </h1>
      <p className="text-lg leading-relaxed text-ink/85 sm:text-xl">
        <MixedText text={page.summary} locale={locale} />
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        <TimeEntries times={times} locale={locale} />
      </dl>
      <section
        aria-labelledby="key-points"
        className="rounded-md border-s-4 border-accent bg-accent-soft px-4 py-3"
      >
        <h2 id="key-points" className="mb-2 text-lg font-bold">
          {t('keyPoints')}
        </h2>
        <ul className="list-disc space-y-1 ps-5 leading-relaxed">
          {page.keyPoints.map((point) => (
            <li key={point}>
              <MixedText text={point} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
    </header>
  );
}
