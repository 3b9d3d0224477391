const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of sanitised body HTML (lib/content/markdown.ts writes it), blocks apart by a newline.
 * Enough for that HTML: serialised by hast-util-to-html, so attribute values are quoted.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(?:p|h[1-6]|li|blockquote|figcaption)>/g, '\n')
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = Number.parseInt(
          name.slice(name[1] === 'x' ? 2 : 1),
          name[1] === 'x' ? 16 : 10,
        );
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\n{2,}/g, '\n')
    .trim();
}
