import type { Metadata, Viewport } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorTextProvider } from '@/components/layout/error-text';
import { PreviewBanner } from '@/components/layout/preview-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';
import { localeDirection, routing } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';
import { homePath } from '@/lib/site/urls';
import { OPENSEARCH_TYPE } from '@/lib/search/opensearch';
import { openSearchPath } from '@/lib/site/urls';
import { THEME_BOOT_SCRIPT } from '@/lib/site/theme';
import { arabicFont, latinFont } from '../fonts';

// Pages are cached and served from their files. A content change makes them stale at once (the
// cache handler, lib/cache); this short lifetime is what a CDN in front may keep them for
// (s-maxage=30 with stale-while-revalidate), so a change reaches readers through it within a minute.
export const revalidate = 30;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteConfig.origin),
    title: { default: t('siteName'), template: `%s | ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

// With scripts off, folded text and script-only controls must not stay hidden.
const NO_SCRIPT_CSS =
  '.js-only,.continue-reading,.share-sheet-open{display:none!important}' +
  '.article-rest{display:block!important}.share-sheet:not([open]){display:flex!important}';

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tSearch] = await Promise.all([
    getTranslations({ locale, namespace: 'SiteHeader' }),
    getTranslations({ locale, namespace: 'OpenSearch' }),
  ]);
  const { ErrorPage } = await getMessages({ locale });

  return (
    <html
      // The boot script sets data-theme before hydration, by design.
      suppressHydrationWarning
      lang={locale}
      dir={localeDirection[locale]}
      className={`${arabicFont.variable} ${latinFont.variable}`}
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        <link
          rel="search"
          type={OPENSEARCH_TYPE}
          href={openSearchPath(locale)}
          title={tSearch('shortName')}
        />
        <noscript>
          <style>{NO_SCRIPT_CSS}</style>
        </noscript>
      </head>
      <body className="bg-paper font-sans text-ink antialiased">
        <SkipLink label={t('skipLink')} />
        {(await draftMode()).isEnabled && <PreviewBanner locale={locale} />}
        <ErrorTextProvider text={{ ...ErrorPage, homeHref: homePath(locale) }}>
          {children}
        </ErrorTextProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
