import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '@/lib/content';
import { withdrawnPage } from './withdrawn-page';

const story = (overrides: Partial<Article>): Article =>
  ({
    id: 'story',
    locale: 'ar',
    slug: 'خبر',
    title: 'خبر سُحب',
    withdrawn: true,
    withdrawnReason: 'تبيّن أن مصدره غير موثوق',
    ...overrides,
  }) as Article;

test('the page says, in the story’s language and direction, that it was withdrawn and why', () => {
  const html = withdrawnPage(story({}));
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.match(html, /<h1>سُحب هذا الخبر<\/h1>/);
  assert.match(html, /خبر سُحب/);
  assert.match(html, /سبب السحب: تبيّن أن مصدره غير موثوق/);
  assert.match(html, /<a href="\/ar">/);
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /<script/);
  const english = withdrawnPage(story({ locale: 'en', title: 'Gone', withdrawnReason: 'wrong' }));
  assert.match(english, /<html lang="en" dir="ltr">/);
  assert.match(english, /This story has been withdrawn/);
});

test('headline and reason are text, never markup', () => {
  const html = withdrawnPage(
    story({
      title: '<script>alert(1)</script>',
      withdrawnReason: '"><img src=x onerror=alert(1)>',
    }),
  );
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
});
