import { expect, test, type APIRequestContext } from '@playwright/test';
import { deleteStory, isoSeconds, storyFile, within, writeStory } from './support/publishing';

// Search reads the same index as the pages: a story saved, edited, withdrawn or coming due is
// found (or no longer found) within the 10 s that publishing promises.
test.describe.configure({ mode: 'default' });

async function headlines(request: APIRequestContext, query: string): Promise<string> {
  const response = await request.get(`/ar/search?q=${encodeURIComponent(query)}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

test('a saved story is found within 10 s, by its new words after an edit, and not after withdrawal', async ({
  request,
}) => {
  const slug = 'خبر-للبحث-بعد-النشر';
  expect(await headlines(request, 'السنونو')).not.toContain('<mark>');
  await writeStory('search-published', 'ar', storyFile({ slug, title: 'عودة طيور السنونو' }));
  await within(10, async () => {
    expect(await headlines(request, 'السنونو')).toContain('<mark>السنونو</mark>');
  });
  await writeStory('search-published', 'ar', storyFile({ slug, title: 'عودة طيور اللقلق' }));
  await within(10, async () => {
    expect(await headlines(request, 'اللقلق')).toContain('<mark>اللقلق</mark>');
    expect(await headlines(request, 'السنونو')).not.toContain('<mark>');
  });
  await writeStory(
    'search-published',
    'ar',
    storyFile({
      slug,
      title: 'عودة طيور اللقلق',
      extra: ['withdrawn: true', 'withdrawnReason: "نُشر خطأً"'],
    }),
  );
  await within(10, async () => {
    expect(await headlines(request, 'اللقلق')).not.toContain('<mark>');
  });
  await deleteStory('search-published');
});

test('a scheduled story is not found before its time, and is found once it comes', async ({
  request,
}) => {
  const due = new Date(Date.now() + 15_000);
  await writeStory(
    'search-scheduled',
    'ar',
    storyFile({
      slug: 'خبر-مجدول-للبحث',
      title: 'موسم قطاف الزيتون',
      publishedAt: isoSeconds(due),
    }),
  );
  // Indexed within a few seconds, but not public: asked until just before its time.
  while (Date.now() < due.getTime() - 1_500) {
    expect(await headlines(request, 'الزيتون')).not.toContain('<mark>');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await within(40, async () => {
    expect(await headlines(request, 'الزيتون')).toContain('<mark>الزيتون</mark>');
  });
  await deleteStory('search-scheduled');
});
