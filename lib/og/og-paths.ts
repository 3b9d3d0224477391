import { createHash } from 'node:crypto';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

/** Open Graph cards are 1200x630, the size Facebook, X, LinkedIn and WhatsApp all crop well. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** JPEG: the photographic background costs ~100 KB as JPEG and well over 300 KB as PNG. */
export const OG_TYPE = 'image/jpeg';

/**
 * Part of every card's version: bump it when og-card.tsx, fit-headline.ts or the fonts change
 * what a card looks like, so every card gets a new URL and social caches fetch it again.
 */
const OG_CARD_DESIGN = 1;

/** Everything an article's card shows, and so everything its version is made of. */
export interface ArticleCardFacts {
  /** A live page's card: its label is the live badge, and its URL is under /og/{locale}/live/. */
  kind?: 'live';
  locale: Locale;
  /** The story's folder name, in the card's URL. */
  id: string;
  title: string;
  /** The section's localized name. */
  section: string;
  siteName: string;
  /** The picture whose 16x9 crop is the background: /images/... */
  imageSrc: string;
}

/** Everything a locale's home card shows. */
export interface HomeCardFacts {
  locale: Locale;
  siteName: string;
  description: string;
  imageSrc: string;
}

export const OG_VERSION_LENGTH = 10;

function version(parts: readonly (string | number)[]): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_CARD_DESIGN, ...parts]))
    .digest('hex')
    .slice(0, OG_VERSION_LENGTH);
}

export function articleCardVersion(card: ArticleCardFacts): string {
  const kind = card.kind === 'live' ? ['live'] : [];
  return version([
    'article',
    card.locale,
    card.title,
    card.section,
    card.siteName,
    card.imageSrc,
    ...kind,
  ]);
}

export function homeCardVersion(card: HomeCardFacts): string {
  return version(['home', card.locale, card.siteName, card.description, card.imageSrc]);
}

/**
 * An article's card: /og/{locale}/{id}-{version}.jpg. The version changes with anything the card
 * shows, so an edited headline is a new URL, and each URL's picture never changes.
 */
export function ogImagePath(card: ArticleCardFacts): string {
  const folder = card.kind === 'live' ? `${card.locale}/live` : card.locale;
  return `/og/${folder}/${card.id}-${articleCardVersion(card)}.jpg`;
}

/** A locale's home card: /og/{locale}-{version}.jpg, beside the folders no story id can reach. */
export function homeOgImagePath(card: HomeCardFacts): string {
  return `/og/${card.locale}-${homeCardVersion(card)}.jpg`;
}

export type OgCardRequest =
  | { kind: 'article' | 'live'; locale: Locale; id: string; version: string }
  | { kind: 'home'; locale: Locale; version: string };

// Story ids as the content folders allow them (load-content.ts), then the version.
const ARTICLE_FILE = new RegExp(
  `^([a-z0-9]+(?:-[a-z0-9]+)*)-([0-9a-f]{${OG_VERSION_LENGTH}})\\.jpg$`,
);
const HOME_FILE = new RegExp(`^([a-z]+)-([0-9a-f]{${OG_VERSION_LENGTH}})\\.jpg$`);
const MAX_ID_LENGTH = 200;

/**
 * What the segments of a path under /og ask for, or null when ogImagePath and homeOgImagePath
 * could not have made it. Whether the story exists, and which version is current, is the
 * caller's to check.
 */
export function parseOgPath(segments: readonly string[]): OgCardRequest | null {
  if (segments.length === 1) {
    const [, locale, hash] = HOME_FILE.exec(segments[0]!) ?? [];
    return locale && hash && hasLocale(routing.locales, locale)
      ? { kind: 'home', locale, version: hash }
      : null;
  }
  const live = segments.length === 3 && segments[1] === 'live';
  if (segments.length !== 2 && !live) return null;
  const [locale = '', file = ''] = [segments[0], segments.at(-1)];
  if (!hasLocale(routing.locales, locale) || file.length > MAX_ID_LENGTH) return null;
  const [, id, hash] = ARTICLE_FILE.exec(file) ?? [];
  return id && hash ? { kind: live ? 'live' : 'article', locale, id, version: hash } : null;
}
