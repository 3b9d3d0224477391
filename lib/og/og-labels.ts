import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { sections } from '@/lib/content/sections';
import type { OgLabels } from './card-facts';

/** A card's strings as the pages have them, so a page's og:image names the card the route draws. */
export async function ogLabels(locale: Locale): Promise<OgLabels> {
  const [tMeta, tSections] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  return {
    siteName: tMeta('siteName'),
    siteDescription: tMeta('siteDescription'),
    sections: Object.fromEntries(sections.map((section) => [section, tSections(section)])),
  };
}
