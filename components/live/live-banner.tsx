import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getRunningCoverage } from '@/lib/content/live';
import { livePath } from '@/lib/site/urls';
import { MixedText } from '../mixed-text';
import { LiveBadge } from './live-badge';

/** On the home page, above everything, while coverage is running: each running live page. */
export async function LiveBanner({ locale }: { locale: Locale }) {
  const running = await getRunningCoverage(locale);
  if (running.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'LivePage' });
  return (
    <section aria-labelledby="live-banner" className="mb-8 space-y-3">
      <h2 id="live-banner" className="sr-only">
        {t('homeBanner')}
      </h2>
      {running.map((page) => (
        <a
          key={page.id}
          href={livePath(locale, page.slug)}
          data-testid="live-banner"
          className="block rounded-lg border-s-4 border-accent bg-accent-soft px-4 py-3 hover:underline"
        >
          <LiveBadge status="live" label={t('live')} />
          <span className="mt-2 block text-xl leading-snug font-bold sm:text-2xl">
            <MixedText text={page.title} locale={locale} />
          </span>
          {page.posts[0]?.headline && (
            <span className="mt-1 block text-ink/85">
              <MixedText text={page.posts[0].headline} locale={locale} />
            </span>
          )}
        </a>
      ))}
    </section>
  );
}
