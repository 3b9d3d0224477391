import { BRAND_SPRITE_PATH } from '@/lib/site/brand-icons';
import type { ShareNetwork } from '@/lib/site/share-links';

const STROKE_PATHS = {
  email: 'M3 6.5h18v11H3zM3.5 7l8.5 6.5L20.5 7',
  link: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2',
  check: 'M4.5 12.5l5 5 10-11',
  share: 'M12 3v12M7.5 7.5 12 3l4.5 4.5M5 12v7.5h14V12',
  close: 'M6 6l12 12M18 6 6 18',
  chevronDown: 'M6 9l6 6 6-6',
  chevronForward: 'M9 5l7 7-7 7',
  chevronBack: 'M15 5l-7 7 7 7',
  sun: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z',
  auto: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 3v18',
} as const;

export type StrokeIconName = keyof typeof STROKE_PATHS;

interface IconProps {
  className?: string;
}

/**
 * Brand marks come from one cached sprite: their paths are long, and inlined they cost every page
 * 16 KB (twice each: in the HTML and in the React payload).
 */
export function BrandIcon({ network, className }: IconProps & { network: ShareNetwork }) {
  if (network === 'email') return <StrokeIcon name="email" className={className} />;
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <use href={`${BRAND_SPRITE_PATH}#${network}`} />
    </svg>
  );
}

// Drawn for left-to-right text; mirrored on right-to-left pages, where "forward" is leftwards.
const DIRECTIONAL = new Set<StrokeIconName>(['chevronForward', 'chevronBack']);

/** Line icons; the chevrons point along the reading direction of the page. */
export function StrokeIcon({ name, className = '' }: IconProps & { name: StrokeIconName }) {
  const mirror = DIRECTIONAL.has(name) ? ' rtl:-scale-x-100' : '';
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className + mirror}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={STROKE_PATHS[name]} />
    </svg>
  );
}
