import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

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

const SECURITY_HEADERS = [
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

// The icon sprite changes only when its source does; a CDN may keep it a day and serve a stale copy
// for a week while it refetches. Renditions (/_img) and Open Graph cards (/og) say their own
// Cache-Control, 404s included (lib/media/cache-headers.ts): a rule here would replace it.
const ASSET_CACHE = 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder, so `npm test` never overwrites the site `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server for containers.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Hashing every 100 KB page for an ETag cost 30% of throughput under load (405 -> 567 req/s
  // on the seed article, 100 connections); pages carry Cache-Control, so caches do not need it.
  generateEtags: false,
  // Serve prerendered pages from their files (the OS keeps them in its page cache) rather than
  // Next.js's in-memory copy. Each request then awaits a file read, and every such await lets
  // Node.js accept a waiting connection: with the in-memory copy a saturated server accepted one
  // connection per event-loop iteration and 200 fresh connections waited up to 30 s (README, Load).
  cacheMaxMemorySize: 0,
  // Stale when the content changes, and never a file for a 404 (decision 0008).
  cacheHandler: fileURLToPath(new URL('./lib/cache/content-cache-handler.mjs', import.meta.url)),
  // With revalidate = 30: `s-maxage=30, stale-while-revalidate=3570` for a CDN in front.
  expireTime: 3600,
  reactStrictMode: true,
  // Every user agent gets the full <head> in the first response: link-preview bots that Next.js
  // does not recognise would otherwise find the metadata streamed into <body>.
  htmlLimitedBots: /.*/,
  // Renditions keep their /_img URLs; a folder named _img would be private to the App Router, so
  // a route of another name answers them. Files that exist under public/ are still served first.
  async rewrites() {
    return [{ source: '/_img/:path*', destination: '/renditions/:path*' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      {
        source: '/icons/:path*',
        headers: [{ key: 'Cache-Control', value: ASSET_CACHE }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
