import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { otherLocale } from '@/lib/site/locale-pairs';
import { homePath } from '@/lib/site/urls';

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const alternate = otherLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} alternate={{ locale: alternate, href: homePath(alternate) }} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-xl space-y-4 px-4 py-16 outline-none">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg leading-relaxed">{t('body')}</p>
        <p>
          <a href={homePath(locale)} className="font-bold text-accent underline underline-offset-4">
            {t('backHome')}
          </a>
        </p>
      </main>
    </>
  );
}
