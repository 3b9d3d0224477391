import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/site-header';
import { StoryList } from '@/components/story-list';
import { routing } from '@/i18n/routing';
import { getArticles } from '@/lib/content';
import { otherLocale } from '@/lib/locale-pairs';
import { homeMetadata } from '@/lib/seo/metadata';
import { homePath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? homeMetadata(locale) : {};
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const alternate = otherLocale(locale);

  return (
    <>
      <SiteHeader locale={locale} alternate={{ locale: alternate, href: homePath(alternate) }} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-8 outline-none sm:px-6">
        <h1 className="mb-6 text-2xl font-bold">{t('heading')}</h1>
        <StoryList locale={locale} articles={await getArticles(locale)} />
      </main>
    </>
  );
}
