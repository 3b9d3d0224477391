/**
 * Before `next build`: one clear line about SITE_URL, since shared links, feeds and cards are
 * only as good as it is. Exits 1 when it is set to something that is no origin.
 */
import { resolveSiteOrigin } from '../lib/site/config';

try {
  const origin = resolveSiteOrigin(process.env.SITE_URL);
  if (!process.env.SITE_URL?.trim()) {
    console.warn(
      `warning: SITE_URL is not set, so canonical, share and preview links will point at ${origin}. ` +
        'Set SITE_URL to the public origin (e.g. SITE_URL=https://news.example) for a build you deploy.',
    );
  }
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
