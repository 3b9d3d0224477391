export interface TextRun {
  text: string;
  latin: boolean;
}

// A Latin run starts and ends with a Latin letter or digit and may hold spaces and word punctuation
// between, so "Baghdad Tower" or "COVID-19" stay one run while Arabic around it is left alone.
// Latin-1 letters skip U+00D7 (×) and U+00F7 (÷), which are signs, not letters.
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LATIN_RUN = new RegExp(`[${LETTER}](?:[${LETTER}0-9'’.&\\- ]*[${LETTER}0-9])?`, 'g');

/** Splits text into Latin and non-Latin runs, so Latin words inside Arabic can carry lang="en". */
export function splitLatinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), latin: false });
    runs.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
