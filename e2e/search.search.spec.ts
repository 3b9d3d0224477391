import { expect, test, type Page } from '@playwright/test';

/**
 * Arabic search against e2e/fixtures/search-content: each query in MUST_MATCH finds the story
 * written with the other spelling; the three that must not match find nothing; the scheduled and
 * the draft story are never found.
 */
const search = (page: Page, query: string, more = '', locale = 'ar') =>
  page.goto(`/${locale}/search?q=${encodeURIComponent(query)}${more}`);

const headlines = (page: Page) => page.locator('main ol h2');

const MUST_MATCH: [query: string, headline: string][] = [
  ['احمد', 'أحمد يعلن نتائج الإنتخابات في المدينة'],
  ['الانتخابات', 'أحمد يعلن نتائج الإنتخابات في المدينة'],
  ['اسيا', 'منتخب العراق يتأهل إلى نهائيات كأس آسيا'],
  ['مصطفي', 'مصطفى يصل إلى القاهرة في زيارة رسمية'],
  ['القاهره', 'مصطفى يصل إلى القاهرة في زيارة رسمية'],
  ['مُحَمَّد', 'محمد يلتقي رئيـــس البلدية في مكتبه'],
  ['رئيس', 'محمد يلتقي رئيـــس البلدية في مكتبه'],
  ['حكومة', 'فالحكومة تقرر والكاظمي يرد على المنتقدين'],
  ['الكاظمي', 'فالحكومة تقرر والكاظمي يرد على المنتقدين'],
  ['القدس', 'فالحكومة تقرر والكاظمي يرد على المنتقدين'],
  ['الأمم', 'كلمة للأمم المتحدة عن مطالب المتظاهرون في الساحات'],
  ['المتظاهرين', 'كلمة للأمم المتحدة عن مطالب المتظاهرون في الساحات'],
];

for (const [query, headline] of MUST_MATCH) {
  test(`${query} finds “${headline}”`, async ({ page }) => {
    await search(page, query);
    await expect(headlines(page).first()).toHaveText(headline);
  });
}

// كاتب, مصير and وزارة are all in one headline; nothing else holds كتاب, مصر or زار.
for (const query of ['كتاب', 'مصر', 'زار', 'البصرة', 'الموصل']) {
  test(`${query} finds nothing`, async ({ page }) => {
    await search(page, query);
    await expect(headlines(page)).toHaveCount(0);
    await expect(page.getByText(`لم نجد خبرًا يطابق «${query}».`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'البحث في الموقع الإنجليزي' })).toBeVisible();
  });
}

test('a result shows its headline, section, date and a snippet with the words marked as written', async ({
  page,
}) => {
  await search(page, 'محمد رئيس');
  const result = page.locator('main ol > li').first();
  await expect(result.locator('h2 a')).toHaveAttribute(
    'href',
    `/ar/news/${encodeURIComponent('محمد-يلتقي-رئيس-البلدية')}`,
  );
  await expect(result.locator('time')).toHaveAttribute('datetime', '2024-07-15T11:00:00+03:00');
  await expect(result).toContainText('مجتمع');
  // The standfirst writes مُحَمَّد with its diacritics and رئيـــس with tatweel: the marks cover them.
  await expect(result.locator('p mark')).toHaveText(['مُحَمَّد', 'رئيـــس']);
  await expect(result.locator('h2 mark')).toHaveText(['محمد', 'رئيـــس']);
  await expect(page.locator('#search-query')).toHaveValue('محمد رئيس');
  await expect(page.locator('#site-search')).toHaveValue('محمد رئيس');
});

test('equal matches come newest first, ten to a page, with a next page', async ({ page }) => {
  await search(page, 'الزراعة');
  await expect(page.getByRole('status')).toHaveText('12 نتيجة لـ «الزراعة»');
  const titles = await headlines(page).allTextContents();
  expect(titles).toHaveLength(10);
  expect(titles[0]).toBe('تقرير رقم 12 عن الزراعة في السهول');
  expect(titles[9]).toBe('تقرير رقم 3 عن الزراعة في السهول');
  await page.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(headlines(page)).toHaveText([
    'تقرير رقم 2 عن الزراعة في السهول',
    'تقرير رقم 1 عن الزراعة في السهول',
  ]);
});

test('filters by section and by dates, and keeps them in the form', async ({ page }) => {
  await search(page, 'الزراعة', '&from=2023-06-01&to=2023-08-31');
  await expect(headlines(page)).toHaveText([
    'تقرير رقم 8 عن الزراعة في السهول',
    'تقرير رقم 7 عن الزراعة في السهول',
    'تقرير رقم 6 عن الزراعة في السهول',
  ]);
  await expect(page.locator('input[name=from]')).toHaveValue('2023-06-01');
  await search(page, 'الزراعة', '&section=politics');
  await expect(headlines(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'إزالة قيود القسم والتاريخ.' })).toBeVisible();
  await expect(page.locator('select[name=section]')).toHaveValue('politics');
});

test('English search on the English pages', async ({ page }) => {
  await search(page, 'elections', '', 'en');
  await expect(headlines(page)).toHaveText(['Ahmad announces the election results in the city']);
  await search(page, 'elections');
  await expect(headlines(page)).toHaveCount(0);
});
