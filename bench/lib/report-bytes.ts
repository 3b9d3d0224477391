/** Bytes by kind for each page measured, and the article text they carry. */
import { header, kb, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function bytesSection(r: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Bytes (KB; gzip at level 6 of each decoded body)', '');
  lines.push(
    ...header([
      'page',
      'HTML raw/gz',
      'JS raw/gz',
      'CSS raw/gz',
      'fonts',
      'images',
      'other raw/gz',
      'total gz',
      'requests',
    ]),
  );
  for (const [name, b] of Object.entries(r.bytes)) {
    lines.push(
      row([
        name,
        `${kb(b.html.raw)} / ${kb(b.html.gzip)}`,
        `${kb(b.js.raw)} / ${kb(b.js.gzip)}`,
        `${kb(b.css.raw)} / ${kb(b.css.gzip)}`,
        `${kb(b.font.raw)} (${b.font.requests})`,
        `${kb(b.image.raw)} (${b.image.requests})`,
        `${kb(b.other.raw)} / ${kb(b.other.gzip)}`,
        kb(b.total.gzip),
        b.total.requests,
      ]),
    );
  }
  lines.push(
    '',
    `Article text (headline, standfirst, body): ${kb(r.articleText.raw)} KB raw, ${kb(r.articleText.gzip)} KB gzip.`,
    '',
  );
  return lines;
}
