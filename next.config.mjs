import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Every user agent gets the full <head> in the first response: link-preview bots that Next.js
  // does not recognise would otherwise find the metadata streamed into <body>.
  htmlLimitedBots: /.*/,
};

export default withNextIntl(nextConfig);
