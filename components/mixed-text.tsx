import { localeDirection, type Locale } from '@/i18n/routing';
import { splitLatinRuns } from '@/lib/util/latin-runs';

/** Text that may carry Latin words: on right-to-left pages each Latin run gets lang="en". */
export function MixedText({ text, locale }: { text: string; locale: Locale }) {
  if (localeDirection[locale] !== 'rtl') return text;
  return splitLatinRuns(text).map((run, index) =>
    run.latin ? (
      <span key={index} lang="en">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
