import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { activeSections } from '@/lib/listings';
import { sectionPath } from '@/lib/urls';

export async function SectionNav({ locale }: { locale: Locale }) {
  const [t, tSections, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteHeader' }),
    getTranslations({ locale, namespace: 'Sections' }),
    activeSections(locale),
  ]);
  return (
    <nav aria-label={t('sectionsLabel')} className="border-t border-rule print:hidden">
      <ul className="mx-auto flex max-w-5xl gap-5 overflow-x-auto px-4 py-2 text-sm font-bold whitespace-nowrap sm:px-6">
        {sections.map((section) => (
          <li key={section}>
            <a href={sectionPath(locale, section)} className="inline-block py-1 hover:text-accent">
              {tSections(section)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
