import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { el, renderXmlDocument } from '@/lib/util/xml';
import { absoluteUrl, openSearchPath, searchPath } from '@/lib/site/urls';

export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

/** The OpenSearch description browsers read to offer the site's search in their address bar. */
async function openSearchDescription(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'OpenSearch' });
  const template = `${absoluteUrl(searchPath(locale))}?q={searchTerms}`;
  return renderXmlDocument(
    el('OpenSearchDescription', { xmlns: 'http://a9.com/-/spec/opensearch/1.1/' }, [
      el('ShortName', null, t('shortName')),
      el('Description', null, t('description')),
      el('InputEncoding', null, 'UTF-8'),
      el('Language', null, locale),
      el('Image', { type: 'image/svg+xml' }, absoluteUrl('/icon.svg')),
      el('Url', { type: 'text/html', method: 'get', template }),
      el('Url', {
        type: OPENSEARCH_TYPE,
        rel: 'self',
        template: absoluteUrl(openSearchPath(locale)),
      }),
    ]),
  );
}

export async function openSearchResponse(locale: Locale = routing.defaultLocale) {
  return new Response(await openSearchDescription(locale), {
    headers: {
      'Content-Type': `${OPENSEARCH_TYPE}; charset=utf-8`,
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
