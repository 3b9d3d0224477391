import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { activeSections } from '@/lib/pages/listings';
import { sectionPath } from '@/lib/site/urls';

export async function SectionNav({ locale }: { locale: Locale }) {
  const [t, tSections, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteHeader' }),
    getTranslations({ locale, namespace: 'Sections' }),
    activeSections(locale),
  ]);
  // No end padding: a strip that fits but for its padding would scroll a few pixels for
  // nothing, and show a fade that promises more sections than there are.
  return (
    <nav aria-label={t('sectionsLabel')} className="border-t border-rule print:hidden">
      <ul className="section-strip mx-auto flex max-w-5xl gap-5 overflow-x-auto py-2 ps-4 text-sm font-bold whitespace-nowrap sm:ps-6">
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
