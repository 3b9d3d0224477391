import { expect, test } from '@playwright/test';

const searchUrl = (query: string, locale = 'ar') =>
  `/${locale}/search?q=${encodeURIComponent(query)}`;

test('results pages are not indexed, not cached, and name the query in their title', async ({
  request,
}) => {
  const response = await request.get(searchUrl('بغداد'));
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const html = await response.text();
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  expect(html).toContain('<title>بحث: بغداد | الرواق</title>');
});

test('browsers find the OpenSearch description, in each language', async ({ request }) => {
  const home = await (await request.get('/ar')).text();
  expect(home).toContain(
    '<link rel="search" type="application/opensearchdescription+xml" href="/ar/opensearch.xml" title="الرواق"/>',
  );
  for (const [path, locale] of [
    ['/opensearch.xml', 'ar'],
    ['/ar/opensearch.xml', 'ar'],
    ['/en/opensearch.xml', 'en'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe(
      'application/opensearchdescription+xml; charset=utf-8',
    );
    const xml = await response.text();
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
    expect(xml).toMatch(
      new RegExp(
        `<Url type="text/html" method="get" template="[^"]+/${locale}/search\\?q=\\{searchTerms\\}"/>`,
      ),
    );
  }
  expect((await request.get('/fr/opensearch.xml')).status()).toBe(404);
});

test('an empty or blank query gets a page that says what to do', async ({ request }) => {
  for (const url of [
    '/ar/search',
    '/ar/search?q=',
    `/ar/search?q=${encodeURIComponent(' \t\n ')}`,
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text()).toContain('اكتب كلمة أو أكثر مما تذكره من الخبر');
  }
});

test('a 10,000-character query is cut, and the page says so', async ({ request }) => {
  const response = await request.get(searchUrl('baghdad '.repeat(1_250)));
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('البحث طويل جدًا، فبحثنا عن أوله فقط');
});

test('markup and script in a query are escaped wherever it is echoed', async ({ page }) => {
  const hostile = `"><script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
  const response = await page.goto(searchUrl(hostile));
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toContain('<script>window.__xss');
  expect(html).not.toContain('<img src=x');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('#search-query')).toHaveValue(hostile);
  await expect(page.locator('#site-search')).toHaveValue(hostile);
  await expect(page).toHaveTitle(/^بحث: "><script>/);
});

test('quotes, operators, brackets, bidi controls and Latin never break a search', async ({
  request,
}) => {
  for (const query of [
    '"الكاظمي',
    'الكاظمي" OR "',
    'AND OR NOT NEAR(',
    '(((*)))^:{}-+',
    '\u202Eبغداد\u202C\u2066\u200F',
    'Kadhimi Baghdad',
    '%00%27; DROP TABLE stories;--',
    '\u0000\u0007',
  ]) {
    const response = await request.get(searchUrl(query));
    expect(response.status(), JSON.stringify(query)).toBe(200);
  }
  const bidi = await (await request.get(searchUrl('\u202Eبغداد\u202C'))).text();
  expect(bidi).not.toContain('\u202E');
  expect(bidi).toContain('<mark>بغداد</mark>');
});

test('odd filters are ignored rather than refused', async ({ request }) => {
  for (const rest of [
    '&section=nowhere',
    '&from=2024-13-40&to=yesterday',
    '&page=-3',
    '&page=99999999',
    '&q=second&q=third',
  ]) {
    const response = await request.get(`${searchUrl('بغداد')}${rest}`);
    expect(response.status(), rest).toBe(200);
  }
});
