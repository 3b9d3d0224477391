import type { Locale } from '@/i18n/routing';

export const searchPath = (locale: Locale) => `/${locale}/search`;
