/** Renditions change only with their source: a CDN may keep one a day, and a stale one a week. */
export const RENDITION_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

/** A card's URL carries the version of what it shows, so the picture at that URL never changes. */
export const CURRENT_CARD_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** An older version's URL answers with the current card, which the next edit replaces. */
export const OLDER_CARD_CACHE_CONTROL = 'public, max-age=300';

/**
 * A 404 under /_img or /og is kept by no cache: the story or picture it asks for may be published
 * a second later.
 */
export function mediaNotFound(): Response {
  return new Response('Not Found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
