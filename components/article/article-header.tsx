import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { formatDateTime } from '@/lib/dates';
import { siteConfig } from '@/lib/site-config';
import { MixedText } from '../mixed-text';

export async function ArticleHeader({ article }: { article: Article }) {
  const { locale } = article;
  const t = await getTranslations({ locale, namespace: 'ArticleHeader' });
  const times = [
    { label: t('published'), iso: article.publishedAt },
    ...(article.updatedAt ? [{ label: t('updated'), iso: article.updatedAt }] : []),
  ];
  return (
    <header className="space-y-4">
      <h1 className="text-3xl leading-snug font-bold text-balance sm:text-4xl sm:leading-tight">
        <MixedText text={article.title} locale={locale} />
      </h1>
      <p className="text-lg leading-relaxed text-ink/85 sm:text-xl">
        <MixedText text={article.summary} locale={locale} />
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        {times.map(({ label, iso }) => (
          <div key={label} className="flex gap-1.5">
            <dt>{label}</dt>
            <dd>
              <time dateTime={iso}>{formatDateTime(iso, locale, siteConfig.timeZone)}</time>
            </dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
