import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scraped page the site was built from (e2e/fixtures/seed-article.txt, copied
 * into the repository from the scrape), split into its parts so tests compare the page against the original text, not against our
 * own content file.
 */
const lines = readFileSync(path.join(import.meta.dirname, '../fixtures/seed-article.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim());

const at = (index: number) => {
  const line = lines[index];
  if (line === undefined) throw new Error(`seed has no line ${index}`);
  return line;
};

const SUBHEADINGS = ['الجيش: بغداد آمنة', 'اعتداءات "نادرة"'];
const bodyLines = lines.slice(12, lines.indexOf('تابع القراءة')).filter(Boolean);
const captionLine = at(9);
const creditMatch = /^(.*) \((.+)\)$/.exec(captionLine);
if (!creditMatch) throw new Error('seed caption has no credit in brackets');

export const seed = {
  dateLine: at(0),
  headline: at(2),
  share: at(6),
  imageAlt: at(8),
  caption: creditMatch[1]!,
  credit: creditMatch[2]!,
  standfirst: at(10),
  subheadings: SUBHEADINGS,
  paragraphs: bodyLines.filter((line) => !SUBHEADINGS.includes(line)),
  continueReading: 'تابع القراءة',
  sourcesLabel: at(lines.indexOf('تابع القراءة') + 1),
  sources: at(lines.indexOf('تابع القراءة') + 2),
  close: at(lines.indexOf('تابع القراءة') + 3),
};

export const AR_SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
export const AR_PATH = `/ar/news/${encodeURIComponent(AR_SLUG)}`;
export const EN_PATH = '/en/news/kadhimi-baghdad-bombings-security-breach';

/** Collapses runs of white space, as a reader sees text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
