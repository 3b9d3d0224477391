import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/article';
import { FALLBACK_IMAGE } from '@/lib/media/images';
import type { ArticleCardFacts, HomeCardFacts } from './og-paths';

/** The strings a card needs from messages/<locale>.json. */
export interface OgLabels {
  siteName: string;
  siteDescription: string;
  sections: Readonly<Record<string, string>>;
}

type CardArticle = Pick<Article, 'locale' | 'id' | 'title' | 'section' | 'image'>;

export function articleCardFacts(article: CardArticle, labels: OgLabels): ArticleCardFacts {
  const section = labels.sections[article.section];
  if (!section)
    throw new Error(`messages/${article.locale}.json has no Sections.${article.section}`);
  return {
    locale: article.locale,
    id: article.id,
    title: article.title,
    section,
    siteName: labels.siteName,
    imageSrc: (article.image ?? FALLBACK_IMAGE).src,
  };
}

export function homeCardFacts(locale: Locale, labels: OgLabels): HomeCardFacts {
  return {
    locale,
    siteName: labels.siteName,
    description: labels.siteDescription,
    imageSrc: FALLBACK_IMAGE.src,
  };
}
