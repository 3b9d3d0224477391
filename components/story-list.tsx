import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import { formatDateTime } from '@/lib/dates';
import { FALLBACK_IMAGE, renditionPath } from '@/lib/images';
import { siteConfig } from '@/lib/site-config';
import { articlePath } from '@/lib/urls';
import { MixedText } from './mixed-text';

export function StoryList({ locale, articles }: { locale: Locale; articles: Article[] }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.id} className="flex gap-4 py-5">
          <img
            src={renditionPath((article.image ?? FALLBACK_IMAGE).src, 480, 'webp')}
            alt=""
            width={160}
            height={90}
            loading="lazy"
            decoding="async"
            className="h-auto w-28 shrink-0 rounded bg-rule object-cover sm:w-40"
          />
          <div className="space-y-1">
            <h2 className="text-lg leading-snug font-bold">
              <a
                href={articlePath(locale, article.slug)}
                className="hover:text-accent hover:underline"
              >
                <MixedText text={article.title} locale={locale} />
              </a>
            </h2>
            <p className="text-sm text-muted">
              <time dateTime={article.publishedAt}>
                {formatDateTime(article.publishedAt, locale, siteConfig.timeZone)}
              </time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
