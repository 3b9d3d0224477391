import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content';
import { responsiveImage } from '@/lib/media/images';
import { MixedText } from '../mixed-text';

// The article column is at most 48rem wide; below that the image spans the screen.
const SIZES = '(min-width: 52rem) 48rem, 100vw';

export async function HeroFigure({ article }: { article: Pick<Article, 'image' | 'locale'> }) {
  const { image, locale } = article;
  if (!image) return null;
  const t = await getTranslations({ locale, namespace: 'HeroImage' });
  const { sources, fallback, responsive } = responsiveImage(image.src, image.width);
  return (
    <figure className="-mx-4 sm:mx-0">
      <picture>
        {sources.map((source) => (
          <source
            key={source.type}
            type={source.type}
            srcSet={source.srcSet}
            sizes={responsive ? SIZES : undefined}
          />
        ))}
        <img
          src={fallback.src}
          srcSet={fallback.srcSet}
          sizes={responsive ? SIZES : undefined}
          alt={image.alt}
          width={image.width}
          height={image.height}
          fetchPriority="high"
          className="h-auto w-full bg-rule sm:rounded-lg"
        />
      </picture>
      <figcaption className="mt-2 px-4 text-sm leading-relaxed text-muted sm:px-0">
        <span className="sr-only">{t('captionLabel')}: </span>
        <span>
          <MixedText text={image.caption} locale={locale} />
        </span>{' '}
        <span className="sr-only">{t('creditLabel')}: </span>
        <span className="inline-block text-xs font-medium text-ink/70 before:content-['('] after:content-[')'] print:text-black">
          <MixedText text={image.credit} locale={locale} />
        </span>
      </figcaption>
    </figure>
  );
}
