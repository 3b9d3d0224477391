import { expect, test } from '@playwright/test';
import { AR_PATH, EN_PATH } from './support/seed';

const responsesToCheck = [
  AR_PATH,
  '/en',
  '/ar/news/missing',
  '/sitemap.xml',
  '/ar/feed.xml',
  '/_img/images/articles/baghdad-security-council-480.jpg',
];

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toContain("img-src 'self'");
  expect(csp).toContain("font-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('web-share=(self)');
  expect(headers['permissions-policy']).toContain('clipboard-write=(self)');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
}

for (const path of responsesToCheck) {
  test(`${decodeURIComponent(path)} carries the security headers`, async ({ request }) => {
    const response = await request.get(path);
    expectSecurityHeaders(response.headers());
  });
}

// Answers the site makes without rendering a page: redirects, refusals and errors.
const answersToCheck = [
  { path: '/ar/', status: 308 },
  { path: '/news', status: 307 },
  { path: '/ar/%E0', status: 400 },
  { path: '/fr/x', status: 404 },
  { path: '/og/ar/missing.jpg', status: 404 },
  { path: '/og/ar/home.jpg', method: 'DELETE', status: 405 },
  // A rendition that exists: a range outside it is refused, not a missing file's 404.
  {
    path: '/_img/images/articles/baghdad-security-council-480.jpg',
    headers: { range: 'bytes=5-1' },
    status: 416,
  },
  { path: '/ar', method: 'POST', data: 'x', status: 405 },
  { path: '/ar', data: 'x', method: 'GET', status: 413 },
];

for (const { path, status, method = 'GET', headers, data } of answersToCheck) {
  test(`${method} ${path} (${status}) carries the security headers`, async ({ request }) => {
    const response = await request.fetch(path, { method, headers, data, maxRedirects: 0 });
    expect(response.status()).toBe(status);
    expectSecurityHeaders(response.headers());
  });
}

for (const path of [AR_PATH, EN_PATH, '/ar']) {
  test(`${decodeURIComponent(path)} works under the policy with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    // Scripts ran: the theme switch hydrated and can be used.
    await page.locator('button[data-theme-choice]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(violations).toEqual([]);
  });
}
