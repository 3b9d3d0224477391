import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { plainPage } from './plain-page';

const MESSAGES = { ar, en } satisfies Record<Locale, unknown>;

/** The 410 page of a withdrawn story: what it was, why it was withdrawn, the way home. */
export function withdrawnPage(article: Article): string {
  const locale = article.locale;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Withdrawn' });
  return plainPage(t('title'), [
    {
      locale,
      title: t('title'),
      lines: [article.title, t('reason', { reason: article.withdrawnReason ?? '' })],
      homeLabel: t('backHome'),
    },
  ]);
}

/** The 404 page of an address under a locale that names nothing, in that locale. */
export function notFoundPage(locale: Locale): string {
  const { NotFound, Metadata } = MESSAGES[locale];
  return plainPage(`${NotFound.title} | ${Metadata.siteName}`, [
    { locale, title: NotFound.title, lines: [NotFound.body], homeLabel: NotFound.backHome },
  ]);
}
