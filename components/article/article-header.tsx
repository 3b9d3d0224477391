import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { yearsSince } from '@/lib/dates/display-dates';
import { formatInteger } from '@/lib/site/intl-locale';
import { readingMinutes } from '@/lib/util/reading-time';
import { siteConfig } from '@/lib/site/config';
import { MixedText } from '../mixed-text';
import { TimeEntries } from './time-entries';

export async function ArticleHeader({ article, now }: { article: Article; now: Date }) {
  const { locale } = article;
  const t = await getTranslations({ locale, namespace: 'ArticleHeader' });
  const times = [
    { label: t('published'), iso: article.publishedAt },
    ...(article.updatedAt ? [{ label: t('updated'), iso: article.updatedAt }] : []),
  ];
  const minutes = readingMinutes(article.wordCount, locale);
  const years = yearsSince(article.publishedAt, now, siteConfig.timeZone);
  return (
    <header className="space-y-4">
      <h1 className="text-3xl leading-snug font-bold text-balance sm:text-4xl sm:leading-tight">
        <MixedText text={article.title} locale={locale} />
      </h1>
      <p className="text-lg leading-relaxed text-ink/85 sm:text-xl">
        <MixedText text={article.summary} locale={locale} />
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        <TimeEntries times={times} locale={locale} />
        <div>
          <dt className="sr-only">{t('readingTimeLabel')}</dt>
          <dd data-testid="reading-time">
            {t('readingTime', { minutes, count: formatInteger(minutes, locale) })}
          </dd>
        </div>
      </dl>
      {years >= 1 && (
        <p
          role="note"
          data-testid="article-age"
          className="rounded-md border-s-4 border-accent bg-accent-soft px-4 py-2 text-sm"
        >
          <strong className="font-bold">
            {t('age', { years, count: formatInteger(years, locale) })}.
          </strong>{' '}
          {t('ageHint')}
        </p>
      )}
    </header>
  );
}
