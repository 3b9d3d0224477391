const DEFAULT_ORIGIN = 'http://localhost:3000';

export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Reads SITE_URL: absent means a local run; present but not an http(s) origin stops the build. */
export function resolveSiteOrigin(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return DEFAULT_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SiteConfigError(
      `SITE_URL="${raw}" is not a URL. Set it to the site's public origin, e.g. https://news.example.`,
    );
  }
  const isOriginOnly = url.pathname === '/' && url.search === '' && url.hash === '';
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    !isOriginOnly ||
    url.username ||
    url.password
  ) {
    throw new SiteConfigError(
      `SITE_URL="${raw}" must be an absolute http(s) origin with no path, query or credentials, e.g. https://news.example.`,
    );
  }
  return url.origin;
}

export function resolveTimeZone(raw: string | undefined): string {
  const timeZone = raw?.trim() || 'Asia/Baghdad';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new SiteConfigError(
      `SITE_TIME_ZONE="${raw}" is not an IANA time zone. Use a name such as Asia/Baghdad.`,
    );
  }
  return timeZone;
}

/** PRERENDER_STORIES: how many of each locale's newest stories `next build` renders ahead. */
function resolvePrerenderCount(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 100;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0) {
    throw new SiteConfigError(
      `PRERENDER_STORIES="${raw}" is not a whole number. Set how many of each locale's newest stories the build renders, e.g. 100.`,
    );
  }
  return count;
}

interface SiteConfig {
  origin: string;
  timeZone: string;
  prerenderStories: number;
}

let resolved: SiteConfig | undefined;

function resolveSiteConfig(): SiteConfig {
  resolved ??= {
    origin: resolveSiteOrigin(process.env.SITE_URL),
    timeZone: resolveTimeZone(process.env.SITE_TIME_ZONE),
    prerenderStories: resolvePrerenderCount(process.env.PRERENDER_STORIES),
  };
  return resolved;
}

/** Read on first use, so a bad SITE_URL is reported by whoever uses it, not by an import. */
export const siteConfig: SiteConfig = {
  get origin() {
    return resolveSiteConfig().origin;
  },
  get timeZone() {
    return resolveSiteConfig().timeZone;
  },
  get prerenderStories() {
    return resolveSiteConfig().prerenderStories;
  },
};
