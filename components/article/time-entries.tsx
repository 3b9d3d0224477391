import type { Locale } from '@/i18n/routing';
import { formatDateTime } from '@/lib/dates/display-dates';
import { siteConfig } from '@/lib/site/config';

/** "Published … / Updated …" as term and time pairs, for the `<dl>` of a story or live page. */
export function TimeEntries({
  times,
  locale,
}: {
  times: readonly { label: string; iso: string }[];
  locale: Locale;
}) {
  return times.map(({ label, iso }) => (
    <div key={label} className="flex gap-1.5">
      <dt>{label}</dt>
      <dd>
        <time dateTime={iso}>{formatDateTime(iso, locale, siteConfig.timeZone)}</time>
      </dd>
    </div>
  ));
}
