import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { AR_PATH, EN_PATH, seed } from './support/seed';
import { canonical, SITE_URL } from './support/site';

type Json = Record<string, unknown>;

async function jsonLdOf(request: APIRequestContext, path: string): Promise<Json[]> {
  const html = await (await request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((block) => JSON.parse(block[1]!) as Json);
}

const byType = (items: Json[], type: string) => {
  const found = items.find((item) => item['@type'] === type);
  expect(found, `${type} in JSON-LD`).toBeDefined();
  return found!;
};

test('NewsArticle and BreadcrumbList describe the Arabic article completely', async ({
  request,
}) => {
  const items = await jsonLdOf(request, AR_PATH);
  const article = byType(items, 'NewsArticle');
  const url = canonical(AR_PATH);
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: seed.headline,
    description: seed.standfirst,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: '2021-01-22T11:40:00+03:00',
    dateModified: '2021-01-22T15:05:00+03:00',
    inLanguage: 'ar',
    articleSection: 'سياسة',
    keywords: ['العراق', 'بغداد', 'الأمن', 'تنظيم الدولة'],
    author: [{ '@type': 'Organization', name: seed.sources }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'الرواق',
      url: SITE_URL,
      logo: { '@type': 'ImageObject' },
    },
  });

  const images = article.image as { url: string; width: string; height: string }[];
  const ratios = images.map(({ width, height }) => Number(width) / Number(height));
  expect(ratios.map((r) => r.toFixed(3))).toEqual([16 / 9, 4 / 3, 1].map((r) => r.toFixed(3)));
  const logo = (article.publisher as { logo: { url: string } }).logo.url;
  for (const imageUrl of [...images.map((image) => image.url), logo]) {
    expect(imageUrl.startsWith(SITE_URL)).toBe(true);
    const response = await request.get(imageUrl);
    expect(response.status(), imageUrl).toBe(200);
    const { width } = await sharp(await response.body()).metadata();
    expect(width).toBeGreaterThanOrEqual(imageUrl === logo ? 112 : 1200);
  }

  const breadcrumbs = byType(items, 'BreadcrumbList');
  expect(breadcrumbs.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: canonical('/ar') },
    { '@type': 'ListItem', position: 2, name: seed.headline, item: url },
  ]);
});

test('JSON-LD is escaped so article text cannot close the script', async ({ request }) => {
  const html = await (await request.get(EN_PATH)).text();
  for (const block of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    expect(block[1]).not.toMatch(/[<>]/);
  }
  const article = byType(await jsonLdOf(request, EN_PATH), 'NewsArticle');
  expect(article.inLanguage).toBe('en');
  expect(article.articleSection).toBe('Politics');
});
