import { timingSafeEqual } from 'node:crypto';

/**
 * True when `given` is PREVIEW_SECRET. Without a configured secret nobody can preview, and the
 * comparison takes the same time whatever the guess, so the secret cannot be found by timing.
 */
export function isPreviewSecret(given: string | null, secret = process.env.PREVIEW_SECRET) {
  if (!secret || given === null) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(secret)];
  return a.length === b.length && timingSafeEqual(a, b);
}
