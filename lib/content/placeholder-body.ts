import type { Locale } from '@/i18n/routing';

/**
 * The body `npm run new-article` writes for the editor to replace. Its sentences are refused by
 * the content check, so a story is never published with the template still in it.
 */
export const PLACEHOLDER_BODY: Record<Locale, string> = {
  ar: 'اكتب هنا الفقرة الأولى من الخبر.\n\n## عنوان فرعي\n\nتابع النص هنا.\n',
  en: 'Write the first paragraph of the story here.\n\n## A sub-heading\n\nContinue the text here.\n',
};

// The paragraphs only: a real story may well have a sub-heading that reads like the template's.
const PLACEHOLDER_SENTENCES = Object.values(PLACEHOLDER_BODY).flatMap((body) =>
  body.split('\n').filter((line) => line && !line.startsWith('#')),
);

/** The first placeholder sentence left in a body, in any language; null when none is. */
export function findPlaceholder(body: string): string | null {
  const text = body.normalize('NFC');
  return PLACEHOLDER_SENTENCES.find((sentence) => text.includes(sentence)) ?? null;
}
