import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { REQUEST_BODY_HEADERS } from './lib/http/request-body.mjs';
import { SECURITY_HEADERS } from './lib/http/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// The icon sprite changes only when its source does; a CDN may keep it a day and serve a stale copy
// for a week while it refetches. Only files that exist get it: the rewrite to /asset-not-found
// below answers the rest with a 404 nobody caches. Renditions (/_img) and Open Graph cards (/og)
// are routes that say their own Cache-Control, 404s included (lib/media/cache-headers.ts): a rule
// here would replace it.
const ICON_FILES = '/icons/:path*';
// Files outside the locales that no route answers. Routes with a file name (sitemap.xml,
// robots.txt, icon.svg...) and public/ are matched before these rewrites; the folders left out
// here are answered by dynamic routes, which come after them.
const UNKNOWN_FILES =
  '/:path((?!ar/|en/|_next/|og/|sitemaps/|renditions/|_img/|icons/).*\\.[A-Za-z0-9]+)';
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
  // Pictures are rendered on their first request (app/renditions, app/og); nothing uses next/image,
  // so the optimiser at /_next/image would only resize them a second way and fill its own cache.
  images: { unoptimized: true },
  // Next.js would answer `/ar/` with a redirect before any headers are added; the proxy makes the
  // same redirect with them (and without the icons' long cache).
  skipTrailingSlashRedirect: true,
  // Next.js would strip the router-state headers from the request the proxy sees; the proxy checks
  // Next-Router-State-Tree before a page rendered on request can fail on it.
  skipProxyUrlNormalize: true,
  async rewrites() {
    return {
      // The site accepts no request body. Requests with one skip the proxy (its matcher) and come
      // here, before a page or the proxy could buffer the body.
      beforeFiles: REQUEST_BODY_HEADERS.map((header) => ({
        source: '/:path(.*)',
        has: [header],
        destination: '/request-refused',
      })),
      // After the file system: only what matched no file. Renditions keep their /_img URLs; a
      // folder named _img would be private to the App Router, so a route of another name answers
      // them.
      afterFiles: [
        { source: '/_img/:path*', destination: '/renditions/:path*' },
        { source: ICON_FILES, destination: '/asset-not-found' },
        // A file name outside the locales and the file routes (`/wp-login.php`, `/x/y.txt`), or a
        // build file that is not there, would otherwise reach app/[locale] as a locale, whose 404
        // is an empty shell with scripts off.
        { source: UNKNOWN_FILES, destination: '/asset-not-found' },
        { source: '/_next/:path*', destination: '/asset-not-found' },
      ],
      fallback: [],
    };
  },
  async headers() {
    return [
      // `/:path*` would leave out `/` and paths ending in `/`.
      { source: '/:path(.*)', headers: SECURITY_HEADERS },
      // Not on the refusal of a request with a body (the rewrite above).
      {
        source: ICON_FILES,
        missing: REQUEST_BODY_HEADERS,
        headers: [{ key: 'Cache-Control', value: ASSET_CACHE }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
