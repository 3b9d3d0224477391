import type { Locale } from '@/i18n/routing';
import { articlePath, homePath, sectionPath } from '@/lib/urls';

/** Each lite page sits beside the full page it stands for, under `/lite`. */
export const litePath = {
  home: (locale: Locale) => `${homePath(locale)}/lite`,
  story: (locale: Locale, slug: string) => `${articlePath(locale, slug)}/lite`,
  section: (locale: Locale, section: string) => `${sectionPath(locale, section)}/lite`,
};
