import type { Article } from '@/lib/content';
import { formatDateTime } from '@/lib/dates/display-dates';
import { FALLBACK_IMAGE, responsiveImage } from '@/lib/media/images';
import { siteConfig } from '@/lib/site/config';
import { articlePath } from '@/lib/site/urls';
import { MixedText } from './mixed-text';

interface StoryCardProps {
  article: Article;
  /** `lead`: the front page's top story, large picture above; `row`: thumbnail beside. */
  variant?: 'lead' | 'row';
  /** Heading level of the headline within its listing. */
  level?: 2 | 3;
}

const SIZES = {
  lead: '(min-width: 64rem) 40rem, 100vw',
  row: '(min-width: 40rem) 10rem, 7rem',
};

// A row's thumbnail is at most 10rem (160 CSS px) wide: 480 device pixels cover a 3x screen.
const MAX_WIDTH = { lead: undefined, row: 480 };

export function StoryCard({ article, variant = 'row', level = 2 }: StoryCardProps) {
  const { locale } = article;
  const image = article.image ?? FALLBACK_IMAGE;
  const { sources, fallback, responsive } = responsiveImage(
    image.src,
    image.width,
    MAX_WIDTH[variant],
  );
  const Heading = level === 2 ? 'h2' : 'h3';
  const isLead = variant === 'lead';
  return (
    <article className={isLead ? 'space-y-3' : 'flex gap-4'}>
      <picture className={isLead ? 'block' : 'block w-28 shrink-0 sm:w-40'}>
        {sources.map((source) => (
          <source
            key={source.type}
            type={source.type}
            srcSet={source.srcSet}
            sizes={responsive ? SIZES[variant] : undefined}
          />
        ))}
        <img
          src={fallback.src}
          srcSet={fallback.srcSet}
          sizes={responsive ? SIZES[variant] : undefined}
          alt=""
          width={image.width}
          height={image.height}
          loading={isLead ? 'eager' : 'lazy'}
          decoding="async"
          className="h-auto w-full rounded bg-rule"
        />
      </picture>
      <div className="min-w-0 space-y-1">
        <Heading
          className={
            isLead
              ? 'text-2xl leading-snug font-bold sm:text-3xl'
              : 'text-lg leading-snug font-bold'
          }
        >
          <a href={articlePath(locale, article.slug)} className="hover:text-accent hover:underline">
            <MixedText text={article.title} locale={locale} />
          </a>
        </Heading>
        {isLead && (
          <p className="text-lg leading-relaxed text-ink/85">
            <MixedText text={article.summary} locale={locale} />
          </p>
        )}
        <p className="text-sm text-muted">
          <time dateTime={article.publishedAt}>
            {formatDateTime(article.publishedAt, locale, siteConfig.timeZone)}
          </time>
        </p>
      </div>
    </article>
  );
}
