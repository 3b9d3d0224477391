import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyFixture } from '@/lib/content/story-fixture';
import ar from '@/messages/ar.json';
import type { LiteLabels } from './lite-labels';
import { liteListingPage } from './lite-listing';
import { liteStoryPage } from './lite-story';
import { LITE_STYLE } from './lite-style';

// The Arabic messages, as liteLabels reads them (it needs next-intl's request config).
const labels: LiteLabels = {
  siteName: ar.Metadata.siteName,
  siteDescription: ar.Metadata.siteDescription,
  fullVersion: ar.LitePage.fullVersion,
  latest: ar.LitePage.latest,
  older: ar.LitePage.older,
  sectionsLabel: ar.LitePage.sections,
  published: ar.ArticleHeader.published,
  updated: ar.ArticleHeader.updated,
  captionLabel: ar.HeroImage.captionLabel,
  creditLabel: ar.HeroImage.creditLabel,
  sources: ar.ArticleBody.sources,
  shareHeading: ar.ShareBar.heading,
  networks: {
    whatsapp: ar.ShareBar.whatsapp,
    facebook: ar.ShareBar.facebook,
    x: ar.ShareBar.x,
    telegram: ar.ShareBar.telegram,
    linkedin: ar.ShareBar.linkedin,
    email: ar.ShareBar.email,
  },
  related: ar.RelatedStories.heading,
  sections: ar.Sections,
  rights: '© 2026',
  otherLanguage: ar.LanguageSwitch.label,
};

const article = storyFixture({
  id: 'baghdad',
  slug: 'بغداد-خبر',
  title: 'عنوان <script>alert(1)</script> مع UNESCO',
  summary: 'موجز "مقتبس"',
  updatedAt: '2024-01-02T09:00:00+03:00',
  image: {
    src: '/images/articles/x.svg',
    alt: 'وصف الصورة',
    caption: 'تعليق',
    credit: 'رويترز',
    width: 1600,
    height: 900,
  },
  body: [
    { tagName: 'p', html: '<p>المقدمة</p>', words: 1 },
    { tagName: 'h2', html: '<h2>عنوان فرعي</h2>', words: 2 },
    { tagName: 'p', html: '<p>البقية</p>', words: 1 },
  ],
  sources: ['وكالات'],
});
const related = [storyFixture({ id: 'other', slug: 'خبر-آخر', title: 'خبر آخر' })];
const page = liteStoryPage({ article, related, translation: null, labels });

test('a lite story page has no script and needs no other file but its picture', () => {
  assert.doesNotMatch(page, /<script/i);
  assert.doesNotMatch(page, /<link rel="stylesheet"|@font-face|@import/);
  assert.match(page, /^<!doctype html><html lang="ar" dir="rtl">/);
  assert.match(page, /<meta name="robots" content="noindex">/);
  assert.match(
    page,
    new RegExp(
      `<link rel="canonical" href="http[^"]+/ar/news/${encodeURIComponent('بغداد-خبر')}">`,
    ),
  );
});

test('it carries the whole text, with nothing folded', () => {
  assert.match(page, /<p>المقدمة<\/p>\s*<h2>عنوان فرعي<\/h2>\s*<p>البقية<\/p>/);
  assert.match(page, /<b>المصادر:<\/b> وكالات/);
  assert.match(page, /<time datetime="2024-01-01T10:00:00\+03:00">/);
  assert.match(page, /<time datetime="2024-01-02T09:00:00\+03:00">/);
});

test('markup in a headline is text, and Latin runs are marked as English', () => {
  assert.match(page, /<h1>عنوان &#60;<span lang="en">script<\/span>&#62;/);
  assert.match(page, /مع <span lang="en">UNESCO<\/span><\/h1>/);
  assert.match(
    page,
    /<title>عنوان &#60;script&#62;alert\(1\)&#60;\/script&#62; مع UNESCO · الرواق<\/title>/,
  );
  assert.match(page, /<p>موجز &#34;مقتبس&#34;<\/p>/);
});

test('the picture is small, and its caption and credit have hidden labels before them', () => {
  assert.match(page, /<source type="image\/avif" srcset="\/_img\/images\/articles\/x-480\.avif">/);
  assert.match(
    page,
    /<img src="\/_img\/images\/articles\/x-480\.jpg" width="480" height="270" alt="وصف الصورة">/,
  );
  assert.match(
    page,
    new RegExp(
      `<figcaption><span class="h">${labels.captionLabel}: </span>تعليق <span class="h">${labels.creditLabel}: </span>\\(رويترز\\)</figcaption>`,
    ),
  );
});

test('share links and "read also" are plain links, the latter to lite pages', () => {
  assert.match(page, /<h2>شارك القصة<\/h2><p><a href="https:\/\/wa\.me\/\?text=/);
  assert.match(
    page,
    new RegExp(`<a href="/ar/news/${encodeURIComponent('خبر-آخر')}/lite">خبر آخر</a>`),
  );
  assert.match(page, new RegExp(`<a href="/ar/section/politics/lite">`));
});

test('the styles lay out with blocks only: no grid, no flexbox', () => {
  assert.doesNotMatch(LITE_STYLE, /grid|flex/);
  assert.doesNotMatch(
    LITE_STYLE,
    /(?:margin|padding|border)-(?:left|right)|text-align:(?:left|right)/,
  );
});

test('a lite listing links each story to its lite page, and older stories to the full listing', () => {
  const listing = liteListingPage({
    locale: 'ar',
    section: 'politics',
    stories: [article, ...related],
    olderHref: '/ar/section/politics/page/2',
    canonical: 'http://127.0.0.1/ar/section/politics',
    otherLocale: 'en',
    labels,
  });
  assert.doesNotMatch(listing, /<script/i);
  assert.match(listing, /<h1>سياسة<\/h1>/);
  assert.equal(listing.match(/<li><a href="\/ar\/news\/[^"]+\/lite">/g)?.length, 2);
  assert.match(listing, /<a href="\/ar\/section\/politics\/page\/2">أخبار أقدم<\/a>/);
  assert.match(listing, /<b>سياسة<\/b>/);
  assert.match(
    listing,
    /<a href="\/en\/section\/politics\/lite" hreflang="en" lang="en" dir="ltr">/,
  );
});
