/**
 * "منذ 5 دقائق" / "5 minutes ago", the same on the server and in the browser: the words come from
 * the message files, one template per plural category (`#` stands for the number), and the
 * category from Intl.PluralRules. Kept free of imports so the client leaf can carry it.
 */
type AgoUnit = 'minute' | 'hour' | 'day';

export interface AgoTemplates {
  /** BCP 47 tag with pinned digits, e.g. ar-u-nu-latn-ca-gregory. */
  tag: string;
  now: string;
  units: Record<AgoUnit, Partial<Record<Intl.LDMLPluralRule, string>>>;
}

const MINUTE = 60_000;

export function ago(elapsedMs: number, templates: AgoTemplates): string {
  const minutes = Math.floor(Math.max(0, elapsedMs) / MINUTE);
  if (minutes < 1) return templates.now;
  const [unit, count]: [AgoUnit, number] =
    minutes < 60
      ? ['minute', minutes]
      : minutes < 24 * 60
        ? ['hour', Math.floor(minutes / 60)]
        : ['day', Math.floor(minutes / (24 * 60))];
  const forms = templates.units[unit];
  const form = forms[new Intl.PluralRules(templates.tag).select(count)] ?? forms.other ?? '#';
  return form.replace('#', new Intl.NumberFormat(templates.tag).format(count));
}

/** The smallest number in each plural category of a locale, to render each template once. */
export function pluralSamples(tag: string): [Intl.LDMLPluralRule, number][] {
  const rules = new Intl.PluralRules(tag);
  const found = new Map<Intl.LDMLPluralRule, number>();
  for (let n = 0; n <= 200; n++) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
  return [...found];
}
