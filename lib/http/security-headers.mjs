// The headers every response carries, pages and errors alike. Plain JavaScript so that
// next.config.mjs can import it; the proxy's tests and deploy/nginx.conf are checked against it.

// Scripts: Next.js streams its page data in inline scripts and the theme is set by one before
// paint, so 'unsafe-inline' stays for scripts (pages are static, so per-request nonces are not an
// option); nothing is ever evaluated from strings ('unsafe-eval' is absent), and no other origin
// may serve code, styles, fonts, frames, forms or plugins.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only what the page uses: the share sheet and copy-link.
  {
    key: 'Permissions-Policy',
    value:
      'web-share=(self), clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
