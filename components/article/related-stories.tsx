import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { StoryList } from '../story-list';

export async function RelatedStories({
  article,
  related,
}: {
  article: Article;
  related: Article[];
}) {
  if (related.length === 0) return null;
  const t = await getTranslations({ locale: article.locale, namespace: 'RelatedStories' });
  return (
    <section aria-labelledby="related-heading" className="border-t-4 border-ink pt-4 print:hidden">
      <h2 id="related-heading" className="mb-4 text-xl font-bold">
        {t('heading')}
      </h2>
      <StoryList articles={related} level={3} />
    </section>
  );
}
