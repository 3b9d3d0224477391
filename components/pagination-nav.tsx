import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatInteger } from '@/lib/site/intl-locale';
import { StrokeIcon } from './icons/icons';

interface PaginationNavProps {
  locale: Locale;
  page: number;
  totalPages: number;
  /** The address of page n. */
  hrefFor: (page: number) => string;
}

export async function PaginationNav({ locale, page, totalPages, hrefFor }: PaginationNavProps) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const link =
    'inline-flex items-center gap-1 rounded-full border border-rule px-4 py-2 hover:border-accent';
  return (
    <nav aria-label={t('label')} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={link}>
          <StrokeIcon name="chevronBack" className="size-4" />
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        {t('page', { page: formatInteger(page, locale), total: formatInteger(totalPages, locale) })}
      </p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={link}>
          {t('next')}
          <StrokeIcon name="chevronForward" className="size-4" />
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
