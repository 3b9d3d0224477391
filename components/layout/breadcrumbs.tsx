import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/lib/content/sections';
import { homePath } from '@/lib/site/urls';
import { StrokeIcon } from '../icons/icons';

export async function Breadcrumbs({ locale, section }: { locale: Locale; section: Section }) {
  const t = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const tSection = await getTranslations({ locale, namespace: 'Sections' });
  return (
    <nav aria-label={t('label')} className="text-sm print:hidden">
      <ol className="flex items-center gap-1.5 text-muted">
        <li>
          <a href={homePath(locale)} className="hover:text-accent hover:underline">
            {t('home')}
          </a>
        </li>
        <li aria-hidden="true">
          <StrokeIcon name="chevronForward" className="size-4" />
        </li>
        <li className="font-bold text-accent">{tSection(section)}</li>
      </ol>
    </nav>
  );
}
