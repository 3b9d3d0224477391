import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildShareLinks, shareNetworks, type ShareNetwork } from './share-links';

const TITLE = 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره';
const CANONICAL =
  'http://127.0.0.1:3000/ar/news/' +
  encodeURIComponent('الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره');

const links = buildShareLinks(TITLE, CANONICAL);
const hrefOf = (network: ShareNetwork) => {
  const link = links.find((l) => l.network === network);
  assert.ok(link, `a link for ${network}`);
  return link.href;
};

/** Where each network expects the page URL and the title. */
const expectations: Record<
  ShareNetwork,
  { protocol: string; host: string; pathname: string; url: string; title?: string }
> = {
  whatsapp: { protocol: 'https:', host: 'wa.me', pathname: '/', url: 'text' },
  facebook: {
    protocol: 'https:',
    host: 'www.facebook.com',
    pathname: '/sharer/sharer.php',
    url: 'u',
  },
  x: { protocol: 'https:', host: 'x.com', pathname: '/intent/post', url: 'url', title: 'text' },
  telegram: { protocol: 'https:', host: 't.me', pathname: '/share/url', url: 'url', title: 'text' },
  linkedin: {
    protocol: 'https:',
    host: 'www.linkedin.com',
    pathname: '/sharing/share-offsite/',
    url: 'url',
  },
  email: { protocol: 'mailto:', host: '', pathname: '', url: 'body', title: 'subject' },
};

describe('buildShareLinks', () => {
  test('the canonical URL in the fixture is encoded exactly once', () => {
    assert.ok(CANONICAL.includes('%D8'));
    assert.ok(!CANONICAL.includes('%25'));
  });

  test('one link per network, in the declared order', () => {
    assert.deepEqual(
      links.map((l) => l.network),
      [...shareNetworks],
    );
  });

  for (const network of shareNetworks) {
    test(`${network}: host and path`, () => {
      const href = new URL(hrefOf(network));
      const expected = expectations[network];
      assert.equal(href.protocol, expected.protocol);
      assert.equal(href.host, expected.host);
      assert.equal(href.pathname, expected.pathname);
    });

    test(`${network}: the URL parameter decodes back to the canonical URL`, () => {
      const params = new URL(hrefOf(network)).searchParams;
      const key = expectations[network].url;
      const value = params.get(key);
      assert.ok(value !== null, `parameter ${key}`);
      const decodedUrl = network === 'whatsapp' ? value.slice(-CANONICAL.length) : value;
      assert.equal(decodedUrl, CANONICAL);
      assert.ok(decodedUrl.includes('%D8'), 'still percent-encoded once');
      assert.ok(!decodedUrl.includes('%25'), 'not encoded twice');
    });

    test(`${network}: the href is plain ASCII and not double-encoded`, () => {
      const href = hrefOf(network);
      assert.doesNotMatch(href, /[\u0600-\u06FF]/, 'no raw Arabic');
      assert.doesNotMatch(href, /[^\x21-\x7E]/, 'no raw non-ASCII, spaces or controls');
      assert.ok(!href.includes('%2525'), 'no double-encoding');
      assert.ok(href.includes('%25D8'), 'the URL is encoded once more as a query value');
    });
  }

  test('whatsapp: the text is the title, a space and the URL', () => {
    assert.equal(new URL(hrefOf('whatsapp')).searchParams.get('text'), `${TITLE} ${CANONICAL}`);
  });

  test('x and telegram: the text parameter is exactly the title', () => {
    for (const network of ['x', 'telegram'] as const) {
      assert.equal(new URL(hrefOf(network)).searchParams.get('text'), TITLE, network);
    }
  });

  test('email: a mailto: link with subject = title and the URL as the body', () => {
    const href = hrefOf('email');
    assert.ok(href.startsWith('mailto:?'));
    const params = new URL(href).searchParams;
    assert.equal(params.get('subject'), TITLE);
    assert.equal(params.get('body'), CANONICAL);
    // mailto (RFC 6068) does not treat "+" as a space: spaces must be %20.
    assert.ok(!href.includes('+'));
  });

  test('characters that are special in query strings survive in the title', () => {
    const title = 'A & B = C? 100% #1 + more';
    const url = 'https://news.example/en/news/a-b?x=1&y=2';
    for (const link of buildShareLinks(title, url)) {
      const params = new URL(link.href).searchParams;
      const key = expectations[link.network].url;
      assert.ok(params.get(key)!.endsWith(url), link.network);
      const titleKey = expectations[link.network].title;
      if (titleKey) assert.equal(params.get(titleKey), title, link.network);
      assert.equal(new URL(link.href).hash, '', `${link.network}: "#" is encoded`);
    }
  });
});
