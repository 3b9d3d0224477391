export interface TextRun {
  text: string;
  latin: boolean;
}

// A Latin run starts and ends with a Latin letter or digit and may hold spaces and word punctuation
// between, so "Baghdad Tower" or "COVID-19" stay one run while Arabic around it is left alone.
const LATIN_RUN =
  /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9'’.&\- ]*[A-Za-z\u00C0-\u024F0-9])?/g;

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
