import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { sections, type Section } from '@/lib/content/sections';
import { shareNetworks, type ShareNetwork } from '@/lib/site/share-links';

/** Every string a lite page shows, from the same messages as the full pages. */
export interface LiteLabels {
  siteName: string;
  siteDescription: string;
  fullVersion: string;
  latest: string;
  older: string;
  sectionsLabel: string;
  published: string;
  updated: string;
  captionLabel: string;
  creditLabel: string;
  sources: string;
  shareHeading: string;
  networks: Record<ShareNetwork, string>;
  related: string;
  sections: Record<Section, string>;
  rights: string;
  otherLanguage: string;
}

export async function liteLabels(locale: Locale, now: Date): Promise<LiteLabels> {
  const [lite, meta, header, hero, body, share, related, names, footer, other] = await Promise.all([
    getTranslations({ locale, namespace: 'LitePage' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'ArticleHeader' }),
    getTranslations({ locale, namespace: 'HeroImage' }),
    getTranslations({ locale, namespace: 'ArticleBody' }),
    getTranslations({ locale, namespace: 'ShareBar' }),
    getTranslations({ locale, namespace: 'RelatedStories' }),
    getTranslations({ locale, namespace: 'Sections' }),
    getTranslations({ locale, namespace: 'SiteFooter' }),
    getTranslations({ locale, namespace: 'LanguageSwitch' }),
  ]);
  const byKey = <K extends string>(keys: readonly K[], translate: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, translate(key)])) as Record<K, string>;
  return {
    siteName: meta('siteName'),
    siteDescription: meta('siteDescription'),
    fullVersion: lite('fullVersion'),
    latest: lite('latest'),
    older: lite('older'),
    sectionsLabel: lite('sections'),
    published: header('published'),
    updated: header('updated'),
    captionLabel: hero('captionLabel'),
    creditLabel: hero('creditLabel'),
    sources: body('sources'),
    shareHeading: share('heading'),
    networks: byKey(shareNetworks, (network) => share(network)),
    related: related('heading'),
    sections: byKey(sections, (section) => names(section)),
    rights: footer('rights', { year: String(now.getFullYear()) }),
    otherLanguage: other('label'),
  };
}
