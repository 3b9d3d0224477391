import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { FrontPage } from '@/components/front-page';
import { SiteHeader } from '@/components/layout/site-header';
import { routing } from '@/i18n/routing';
import { otherLocale } from '@/lib/site/locale-pairs';
import { homeMetadata } from '@/lib/seo/metadata';
import { homePath } from '@/lib/site/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? homeMetadata(locale) : {};
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const alternate = otherLocale(locale);

  return (
    <>
      <SiteHeader locale={locale} alternate={{ locale: alternate, href: homePath(alternate) }} />
      <FrontPage locale={locale} />
    </>
  );
}
