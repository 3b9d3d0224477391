import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { ContinueReadingButton } from './continue-reading-button';

const REST_ID = 'article-rest';

/** The body is sanitised HTML rendered at build time from the article's Markdown. */
export async function ArticleBody({ article }: { article: Article }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'ArticleBody' });
  const { lead, rest } = article.body;
  return (
    <div className="article-prose">
      <div dangerouslySetInnerHTML={{ __html: lead }} />
      {rest && (
        <>
          <ContinueReadingButton controls={REST_ID} label={t('continueReading')} />
          <div id={REST_ID} className="article-rest" dangerouslySetInnerHTML={{ __html: rest }} />
        </>
      )}
    </div>
  );
}
