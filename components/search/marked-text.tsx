import type { Locale } from '@/i18n/routing';
import type { SnippetPart } from '@/lib/full-text/snippet';
import { MixedText } from '../mixed-text';

/** A headline or snippet with the query's words in <mark>; React escapes every part. */
export function MarkedText({ parts, locale }: { parts: SnippetPart[]; locale: Locale }) {
  return parts.map((part, i) =>
    part.mark ? (
      <mark key={i}>
        <MixedText text={part.text} locale={locale} />
      </mark>
    ) : (
      <MixedText key={i} text={part.text} locale={locale} />
    ),
  );
}
