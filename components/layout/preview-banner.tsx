import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { previewExitPath } from '@/lib/site/urls';

/** Shown on every page an editor sees in Draft Mode, so a preview is never mistaken for the site. */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'PreviewBanner' });
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-accent px-4 py-2 text-center text-paper"
    >
      <strong className="text-lg">{t('label')}</strong>
      <span>{t('note')}</span>
      <a href={previewExitPath(locale)} className="font-bold underline underline-offset-4">
        {t('exit')}
      </a>
    </div>
  );
}
