import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSlugParam } from './slug-param';

const ARABIC_SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';

describe('decodeSlugParam', () => {
  test('percent-encoded Arabic decodes to the slug', () => {
    const raw = encodeURIComponent(ARABIC_SLUG);
    assert.ok(raw.startsWith('%D8%A7'));
    assert.equal(decodeSlugParam(raw), ARABIC_SLUG);
  });

  test('a plain ASCII slug is unchanged', () => {
    assert.equal(decodeSlugParam('kadhimi-baghdad-bombings'), 'kadhimi-baghdad-bombings');
  });

  test('an already-decoded Arabic slug is unchanged', () => {
    assert.equal(decodeSlugParam(ARABIC_SLUG), ARABIC_SLUG);
  });

  test('decodes exactly once: %25 becomes %, not further', () => {
    assert.equal(decodeSlugParam('100%25'), '100%');
    assert.equal(decodeSlugParam('a%2541'), 'a%41');
    // A doubly encoded Arabic slug decodes to the singly encoded one, not to Arabic.
    const twice = encodeURIComponent(encodeURIComponent(ARABIC_SLUG));
    assert.equal(decodeSlugParam(twice), encodeURIComponent(ARABIC_SLUG));
  });

  test('malformed encodings give null', () => {
    assert.equal(decodeSlugParam('%E0%A4%A'), null);
    assert.equal(decodeSlugParam('%'), null);
    assert.equal(decodeSlugParam('%ZZ'), null);
    assert.equal(decodeSlugParam('%D8'), null, 'half of a two-byte character');
    assert.equal(decodeSlugParam('%C0%AF'), null, 'overlong UTF-8 for "/"');
  });

  test('NFD input is normalised to NFC', () => {
    const nfc = 'café-أخبار';
    const nfd = nfc.normalize('NFD');
    assert.notEqual(nfd, nfc);
    assert.equal(decodeSlugParam(encodeURIComponent(nfd)), nfc);
    assert.equal(decodeSlugParam(nfd), nfc);
  });

  test('Arabic hamza forms written as NFD (alef + combining hamza) become the NFC letter', () => {
    const nfd = 'أمني'.normalize('NFD');
    assert.equal(nfd.length, 5);
    const decoded = decodeSlugParam(encodeURIComponent(nfd));
    assert.equal(decoded, 'أمني');
    assert.equal(decoded!.length, 4);
  });
});
