import type { LivePage } from '@/lib/content/live';

/** "مباشر" while the coverage runs, "انتهت التغطية" after: the badge, not the title, says it. */
export function LiveBadge({ status, label }: { status: LivePage['status']; label: string }) {
  return (
    <span className={`live-badge live-badge-${status}`} data-testid="live-badge">
      {status === 'live' && <span className="live-dot" aria-hidden="true" />}
      {label}
    </span>
  );
}
