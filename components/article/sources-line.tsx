import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { MixedText } from '../mixed-text';

export async function SourcesLine({ article }: { article: Article }) {
  const { locale } = article;
  const t = await getTranslations({ locale, namespace: 'ArticleBody' });
  const sources = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(
    article.sources,
  );
  return (
    <p className="mt-8 border-t border-rule pt-4 text-sm text-muted">
      <span className="font-bold text-ink">{t('sources')}</span>{' '}
      <MixedText text={sources} locale={locale} />
    </p>
  );
}
