/** A tag's address segment: its words joined by hyphens ("تنظيم الدولة" → "تنظيم-الدولة"). */
export function tagSlug(tag: string): string {
  return tag.trim().normalize('NFC').replace(/\s+/g, '-');
}
