import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { foldBody } from '@/lib/pages/continue-reading';
import { ContinueReadingButton } from './continue-reading-button';

const REST_ID = 'article-rest';

/** The body is sanitised HTML from the article's Markdown, folded after about a phone screen. */
export async function ArticleBody({ article }: { article: Article }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'ArticleBody' });
  const { lead, rest } = foldBody(article.body);
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
