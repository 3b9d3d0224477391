import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { tagSlug } from '@/lib/content/tags';
import { litePath } from '@/lib/site/urls';
import { tagPath } from '@/lib/site/urls';
import { MixedText } from '../mixed-text';

/** Tags, and the article's address, which only print shows (a printout has no links). */
export async function ArticleFooter({ article, url }: { article: Article; url: string }) {
  const { locale } = article;
  const [t, tLite] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleFooter' }),
    getTranslations({ locale, namespace: 'LitePage' }),
  ]);
  return (
    <footer className="space-y-4">
      {article.tags.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <h2 className="text-sm font-bold">{t('tags')}</h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag}>
                <a
                  href={tagPath(locale, tagSlug(tag))}
                  rel="tag"
                  className="inline-block rounded-full bg-accent-soft px-3 py-1 text-sm hover:underline"
                >
                  <MixedText text={tag} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-sm print:hidden">
        <a href={litePath.story(locale, article.slug)} className="text-accent underline">
          {tLite('liteVersion')}
        </a>
      </p>
      <p className="hidden text-sm print:block">
        {t('printedFrom')} <span dir="ltr">{decodeURI(url)}</span>
      </p>
    </footer>
  );
}
