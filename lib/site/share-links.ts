export const shareNetworks = [
  'whatsapp',
  'facebook',
  'x',
  'telegram',
  'linkedin',
  'email',
] as const;

export type ShareNetwork = (typeof shareNetworks)[number];

export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

/**
 * Share targets for a page. `url` must already be absolute and percent-encoded once (as canonical
 * URLs are); it is encoded once more here only as a query value, so each network decodes it back
 * to the canonical URL.
 */
export function buildShareLinks(title: string, url: string): ShareLink[] {
  const q = encodeURIComponent;
  return [
    { network: 'whatsapp', href: `https://wa.me/?text=${q(`${title} ${url}`)}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { network: 'x', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${q(url)}&text=${q(title)}` },
    { network: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    // The subject already carries the headline; the body is the link alone.
    { network: 'email', href: `mailto:?subject=${q(title)}&body=${q(url)}` },
  ];
}
