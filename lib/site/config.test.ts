import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSiteOrigin, resolveTimeZone, SiteConfigError } from './config';

describe('resolveSiteOrigin', () => {
  test('absent or empty means a local run', () => {
    assert.equal(resolveSiteOrigin(undefined), 'http://localhost:3000');
    assert.equal(resolveSiteOrigin(''), 'http://localhost:3000');
    assert.equal(resolveSiteOrigin('   '), 'http://localhost:3000');
  });

  test('an https origin is kept', () => {
    assert.equal(resolveSiteOrigin('https://news.example'), 'https://news.example');
  });

  test('a trailing slash and surrounding spaces are accepted and dropped', () => {
    assert.equal(resolveSiteOrigin('https://news.example/'), 'https://news.example');
    assert.equal(resolveSiteOrigin('  https://news.example/  '), 'https://news.example');
  });

  test('http with a port, and case, are normalised by URL', () => {
    assert.equal(resolveSiteOrigin('http://127.0.0.1:3000'), 'http://127.0.0.1:3000');
    assert.equal(resolveSiteOrigin('HTTPS://News.Example:443/'), 'https://news.example');
  });

  for (const raw of [
    'ftp://x',
    'news.example',
    'https://news.example/path',
    'javascript:alert(1)',
    'https://news.example/?q=1',
    'https://news.example/#top',
    'https://editor@news.example',
    'file:///etc/passwd',
    'mailto:desk@news.example',
  ]) {
    test(`rejects ${JSON.stringify(raw)} with an error naming SITE_URL`, () => {
      assert.throws(
        () => resolveSiteOrigin(raw),
        (error: unknown) => {
          assert.ok(error instanceof SiteConfigError);
          assert.equal(error.name, 'SiteConfigError');
          assert.match(error.message, /SITE_URL/);
          assert.ok(error.message.includes(raw), 'the message quotes the bad value');
          return true;
        },
      );
    });
  }
});

describe('resolveTimeZone', () => {
  test('absent or blank means Asia/Baghdad', () => {
    assert.equal(resolveTimeZone(undefined), 'Asia/Baghdad');
    assert.equal(resolveTimeZone(''), 'Asia/Baghdad');
    assert.equal(resolveTimeZone('  '), 'Asia/Baghdad');
  });

  test('a valid IANA zone is kept (trimmed)', () => {
    assert.equal(resolveTimeZone('UTC'), 'UTC');
    assert.equal(resolveTimeZone('Europe/London'), 'Europe/London');
    assert.equal(resolveTimeZone(' America/New_York '), 'America/New_York');
  });

  for (const raw of ['Mars/Olympus_Mons', 'Baghdad', 'GMT+25']) {
    test(`rejects ${JSON.stringify(raw)} with an error naming SITE_TIME_ZONE`, () => {
      assert.throws(
        () => resolveTimeZone(raw),
        (error: unknown) => {
          assert.ok(error instanceof SiteConfigError);
          assert.match(error.message, /SITE_TIME_ZONE/);
          assert.ok(error.message.includes(raw));
          return true;
        },
      );
    });
  }
});
