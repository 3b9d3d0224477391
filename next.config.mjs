import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder, so `npm test` never overwrites the site `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Every user agent gets the full <head> in the first response: link-preview bots that Next.js
  // does not recognise would otherwise find the metadata streamed into <body>.
  htmlLimitedBots: /.*/,
};

export default withNextIntl(nextConfig);
