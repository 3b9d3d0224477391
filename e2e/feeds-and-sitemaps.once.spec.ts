import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { AR_PATH, EN_PATH } from './support/seed';
import { canonical, SITE_URL } from './support/site';
import { allSitemapUrls, sitemapFilePaths } from './support/sitemaps';

const AR_TITLE = 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره';
const AR_URL = canonical(AR_PATH);
const EN_URL = canonical(EN_PATH);

const xmlParser = (arrays: string[]) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => arrays.includes(name) });

async function fetchText(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  return response.text();
}

const XML_TYPE = /^(application|text)\/(?:[a-z+]+\+)?xml\b/;

test.describe('feeds and sitemaps', () => {
  for (const [path, type] of [
    ['/sitemap.xml', XML_TYPE],
    ['/news-sitemap.xml', XML_TYPE],
    ['/robots.txt', /^text\/plain\b/],
    ['/ar/feed.xml', XML_TYPE],
    ['/en/feed.xml', XML_TYPE],
    ['/ar/atom.xml', XML_TYPE],
    ['/en/atom.xml', XML_TYPE],
  ] as const) {
    const kind = path.endsWith('.xml') ? 'well-formed XML' : 'plain text';
    test(`${path} answers 200 with ${kind}`, async ({ request }) => {
      const body = await fetchText(request, path, type);
      if (path.endsWith('.xml')) expect(XMLValidator.validate(body)).toBe(true);
    });
  }

  test('other locales have no feeds', async ({ request }) => {
    for (const path of ['/fr/feed.xml', '/fr/atom.xml']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('robots.txt allows all and names both sitemaps by absolute URL', async ({ request }) => {
    const robots = await fetchText(request, '/robots.txt', /^text\/plain\b/);
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${canonical('/sitemap.xml')}\n`);
    expect(robots).toContain(`Sitemap: ${canonical('/news-sitemap.xml')}\n`);
  });

  test('the sitemap index names files that list the seed article in both languages with hreflang alternates', async ({
    request,
    page,
  }) => {
    const files = await sitemapFilePaths(request);
    expect(files).toEqual(['/sitemaps/home.xml', '/sitemaps/stories-1.xml']);
    for (const path of files) {
      const xml = await fetchText(request, path, XML_TYPE);
      expect(XMLValidator.validate(xml), path).toBe(true);
      const { urlset } = xmlParser(['url']).parse(xml);
      expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    }
    expect((await request.get('/sitemaps/stories-2.xml')).status()).toBe(404);
    const { urls } = await allSitemapUrls(request);
    const locs = urls.map((url) => url.loc);
    expect(locs).toEqual(expect.arrayContaining([canonical('/ar'), canonical('/en'), EN_URL]));
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);

    // The sitemap's URL is the page's own canonical, byte for byte.
    await page.goto(AR_PATH);
    const pageCanonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(pageCanonical).toBe(AR_URL);
    const seed = urls.find((url) => url.loc === pageCanonical);
    expect(seed, `${pageCanonical} in the sitemap`).toBeDefined();
    expect(seed?.loc).toBe(
      `${SITE_URL}/ar/news/${encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره')}`,
    );
    expect(seed?.lastmod).toBe('2021-01-22T15:05:00+03:00');
    const links = seed?.['xhtml:link'] ?? [];
    expect(links.map((link) => [link['@_rel'], link['@_hreflang'], link['@_href']])).toEqual([
      ['alternate', 'ar', AR_URL],
      ['alternate', 'en', EN_URL],
      ['alternate', 'x-default', AR_URL],
    ]);
  });

  test('the news sitemap is a Google News urlset without the 2021 seed', async ({ request }) => {
    const xml = await fetchText(request, '/news-sitemap.xml', XML_TYPE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = xmlParser(['url']).parse(xml);
    expect(urlset).toBeDefined();
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const locs = ((urlset.url ?? []) as { loc: string }[]).map((url) => url.loc);
    expect(locs).not.toContain(AR_URL);
    expect(locs).not.toContain(EN_URL);
  });

  for (const [locale, path, title, link] of [
    ['ar', AR_PATH, AR_TITLE, AR_URL],
    ['en', EN_PATH, null, EN_URL],
  ] as const) {
    test(`the ${locale} RSS feed lists the seed with its link, title, language and image`, async ({
      request,
    }) => {
      const xml = await fetchText(request, `/${locale}/feed.xml`, XML_TYPE);
      const feed = await new Parser().parseString(xml);
      expect(feed.language).toBe(locale);
      expect(feed.link).toBe(canonical(`/${locale}`));
      expect(feed.feedUrl).toBe(canonical(`/${locale}/feed.xml`));
      const item = feed.items.find((candidate) => candidate.link === link);
      expect(item, `${link} in the feed`).toBeDefined();
      expect(item?.link).toBe(canonical(path));
      expect(item?.guid).toBe(canonical(path));
      if (title) expect(item?.title).toBe(title);
      else expect(item?.title).toBeTruthy();
      expect(item?.enclosure?.type).toBe('image/jpeg');
      await expectJpeg(request, item?.enclosure?.url, Number(item?.enclosure?.length));
    });

    test(`the ${locale} Atom feed lists the seed with its link, title, language and image`, async ({
      request,
    }) => {
      const xml = await fetchText(request, `/${locale}/atom.xml`, XML_TYPE);
      const { feed: raw } = xmlParser(['entry', 'link']).parse(xml);
      expect(raw['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(raw['@_xml:lang']).toBe(locale);

      const parser = new Parser<object, { links: { $: Record<string, string> }[]; id?: string }>({
        customFields: { item: [['link', 'links', { keepArray: true }]] },
      });
      const feed = await parser.parseString(xml);
      expect(feed.link).toBe(canonical(`/${locale}`));
      expect(feed.feedUrl).toBe(canonical(`/${locale}/atom.xml`));
      const entry = feed.items.find((candidate) => candidate.link === link);
      expect(entry, `${link} in the feed`).toBeDefined();
      expect(entry?.id).toBe(canonical(path));
      if (title) expect(entry?.title).toBe(title);
      else expect(entry?.title).toBeTruthy();
      const enclosure = entry?.links.find((candidate) => candidate.$.rel === 'enclosure')?.$;
      expect(enclosure?.type).toBe('image/jpeg');
      await expectJpeg(request, enclosure?.href, Number(enclosure?.length));
    });
  }
});

/** The enclosure is on this site, answers with a JPEG, and is as long as the feed says. */
async function expectJpeg(request: APIRequestContext, url: string | undefined, length: number) {
  expect(url?.startsWith(`${SITE_URL}/_img/`), url).toBe(true);
  const response = await request.get(url!);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  expect((await response.body()).length).toBe(length);
}
