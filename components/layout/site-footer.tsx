import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        {t('rights', { year: String(new Date().getFullYear()) })}
      </p>
    </footer>
  );
}
