import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleCardVersion,
  homeCardVersion,
  homeOgImagePath,
  OG_VERSION_LENGTH,
  ogImagePath,
  parseOgPath,
  type ArticleCardFacts,
  type HomeCardFacts,
} from './og-paths';

const CARD: ArticleCardFacts = {
  locale: 'ar',
  id: 'kadhimi-baghdad-bombings',
  title: 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره',
  section: 'سياسة',
  siteName: 'الرواق',
  imageSrc: '/images/articles/baghdad-security-council.svg',
};

const HOME: HomeCardFacts = {
  locale: 'en',
  siteName: 'Al-Riwaq',
  description: 'News from the Arab world',
  imageSrc: '/images/site/fallback.svg',
};

const segments = (urlPath: string) => urlPath.split('/').slice(2);

describe('card versions', () => {
  test('the same facts give the same short hexadecimal version', () => {
    assert.match(articleCardVersion(CARD), new RegExp(`^[0-9a-f]{${OG_VERSION_LENGTH}}$`));
    assert.equal(articleCardVersion({ ...CARD }), articleCardVersion(CARD));
    assert.equal(ogImagePath({ ...CARD }), ogImagePath(CARD));
    assert.equal(homeOgImagePath({ ...HOME }), homeOgImagePath(HOME));
  });

  test('an edited headline is a new version, and so is anything else the card shows', () => {
    const version = articleCardVersion(CARD);
    assert.notEqual(
      articleCardVersion({ ...CARD, title: 'الكاظمي: تفجيرا بغداد خرق أمني' }),
      version,
    );
    assert.notEqual(articleCardVersion({ ...CARD, section: 'اقتصاد' }), version);
    assert.notEqual(articleCardVersion({ ...CARD, siteName: 'Al-Riwaq' }), version);
    assert.notEqual(articleCardVersion({ ...CARD, locale: 'en' }), version);
    assert.notEqual(
      articleCardVersion({ ...CARD, imageSrc: '/images/site/fallback.svg' }),
      version,
    );
    assert.notEqual(homeCardVersion({ ...HOME, description: 'Other' }), homeCardVersion(HOME));
  });

  test('the id is in the path, not in the version: a story renamed keeps its picture', () => {
    assert.equal(articleCardVersion({ ...CARD, id: 'other' }), articleCardVersion(CARD));
    assert.equal(
      ogImagePath(CARD),
      `/og/ar/kadhimi-baghdad-bombings-${articleCardVersion(CARD)}.jpg`,
    );
    assert.equal(homeOgImagePath(HOME), `/og/en-${homeCardVersion(HOME)}.jpg`);
  });
});

describe('parseOgPath', () => {
  test('reads back the paths ogImagePath and homeOgImagePath make', () => {
    assert.deepEqual(parseOgPath(segments(ogImagePath(CARD))), {
      kind: 'article',
      locale: 'ar',
      id: CARD.id,
      version: articleCardVersion(CARD),
    });
    // An id that ends in something hexadecimal is still split at the last hyphen.
    assert.deepEqual(parseOgPath(['en', 'story-2021-abcdef0123-0123456789.jpg']), {
      kind: 'article',
      locale: 'en',
      id: 'story-2021-abcdef0123',
      version: '0123456789',
    });
    assert.deepEqual(parseOgPath(segments(homeOgImagePath(HOME))), {
      kind: 'home',
      locale: 'en',
      version: homeCardVersion(HOME),
    });
  });

  test('a live page card lives under /og/{locale}/live/ and has a version of its own', () => {
    const live = { ...liveCard(), kind: 'live' as const };
    const path = ogImagePath(live);
    assert.match(path, /^\/og\/ar\/live\/museum-[0-9a-f]{10}\.jpg$/);
    assert.notEqual(articleCardVersion(live), articleCardVersion({ ...live, kind: undefined }));
    assert.deepEqual(parseOgPath(path.split('/').slice(2)), {
      kind: 'live',
      locale: 'ar',
      id: 'museum',
      version: articleCardVersion(live),
    });
  });

  test('refuses unknown locales, versions of another length and anything else', () => {
    for (const path of [
      ['fr', 'story-0123456789.jpg'],
      ['ar', 'story-deadbeef.jpg'],
      ['ar', 'story-0123456789abc.jpg'],
      ['ar', 'story-012345678G.jpg'],
      ['ar', 'story-0123456789.png'],
      ['ar', 'story.jpg'],
      ['ar', '-0123456789.jpg'],
      ['ar', 'Story-0123456789.jpg'],
      ['ar', '..-0123456789.jpg'],
      ['ar', 'a--b-0123456789.jpg'],
      ['ar', `${'a'.repeat(300)}-0123456789.jpg`],
      ['ar', 'x', 'story-0123456789.jpg'],
      ['ar', 'live', 'x', 'story-0123456789.jpg'],
      ['ar'],
      [],
      ['fr-0123456789.jpg'],
      ['ar-deadbeef.jpg'],
      ['home.jpg'],
    ]) {
      assert.equal(parseOgPath(path), null, path.join('/'));
    }
  });
});

function liveCard() {
  return {
    locale: 'ar' as const,
    id: 'museum',
    title: 'عنوان',
    section: 'مباشر',
    siteName: 'الرواق',
    imageSrc: '/images/articles/x.svg',
  };
}
