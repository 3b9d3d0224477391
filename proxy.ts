import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Locale-prefixed paths, assets and files never pass through the proxy: it only sends
  // unprefixed paths (`/`, `/news/...`) to their Arabic address.
  matcher: ['/', '/((?!ar(?:/|$)|en(?:/|$)|_next/|.*\\.[a-z0-9]+$).*)'],
};
