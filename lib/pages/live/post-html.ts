import type { Locale } from '@/i18n/routing';
import { escapeHtml } from '@/lib/http/plain-page';
import { mixedText } from '@/lib/pages/html-strings';
import { formatDateTime } from '@/lib/dates/display-dates';
import { buildShareLinks, type ShareNetwork } from '@/lib/site/share-links';
import { absoluteUrl, livePostPath, postAnchor } from '@/lib/site/urls';
import type { LivePost } from '@/lib/content/live/live-page';
import { ago, type AgoTemplates } from '@/lib/dates/relative-time';

/** The strings a post shows, from the message files. */
export interface PostLabels {
  pinned: string;
  keyEvent: string;
  updated: string;
  permalink: string;
  copy: string;
  shareOn: Record<PostNetwork, string>;
  ago: AgoTemplates;
}

/** A post offers the networks readers share single posts on most; the page offers them all. */
export const POST_NETWORKS = ['whatsapp', 'x', 'facebook'] as const satisfies ShareNetwork[];
type PostNetwork = (typeof POST_NETWORKS)[number];

export interface PostContext {
  locale: Locale;
  slug: string;
  title: string;
  timeZone: string;
  now: Date;
  labels: PostLabels;
}

const timeOf = (iso: string, locale: Locale, timeZone: string) =>
  `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDateTime(iso, locale, timeZone))}</time>`;

/**
 * One post as HTML: the page and the updates answer write it the same way, so a post that
 * arrives while the page is open looks as it would after a reload. Every value is escaped; the
 * body is the sanitised HTML of its Markdown.
 */
export function postHtml(post: LivePost, context: PostContext): string {
  const { locale, slug, title, timeZone, now, labels } = context;
  const url = absoluteUrl(livePostPath(locale, slug, post.id));
  const anchor = postAnchor(post.id);
  const flags = [
    post.pinned && `<span class="live-flag">${escapeHtml(labels.pinned)}</span>`,
    post.keyEvent && `<span class="live-flag live-flag-key">${escapeHtml(labels.keyEvent)}</span>`,
  ].filter(Boolean);
  const shareTitle = post.headline ? `${post.headline} | ${title}` : title;
  const shares = buildShareLinks(shareTitle, url)
    .filter((link): link is typeof link & { network: PostNetwork } =>
      (POST_NETWORKS as readonly string[]).includes(link.network),
    )
    .map(
      (link) =>
        `<a href="${escapeHtml(link.href)}" target="_blank" rel="noopener noreferrer" data-network="${link.network}">${escapeHtml(labels.shareOn[link.network])}</a>`,
    );
  return [
    `<article id="${anchor}" tabindex="-1" class="live-post${post.pinned ? ' live-post-pinned' : ''}" aria-labelledby="${anchor}-time">`,
    `<p class="live-post-meta" id="${anchor}-time">`,
    ...flags,
    `<a href="#${anchor}" class="live-post-time">${timeOf(post.publishedAt, locale, timeZone)}</a>`,
    `<span class="live-ago" data-ago="${escapeHtml(post.publishedAt)}">${escapeHtml(ago(now.getTime() - Date.parse(post.publishedAt), labels.ago))}</span>`,
    post.updatedAt
      ? `<span class="live-updated">${escapeHtml(labels.updated)} ${timeOf(post.updatedAt, locale, timeZone)}</span>`
      : '',
    '</p>',
    post.headline ? `<h3 class="live-post-headline">${mixedText(post.headline, locale)}</h3>` : '',
    `<div class="article-prose live-post-body">${post.html}</div>`,
    '<p class="live-post-share">',
    `<a href="${escapeHtml(url)}" class="live-permalink">${escapeHtml(labels.permalink)}</a>`,
    `<button type="button" class="js-only live-copy" data-copy="${escapeHtml(url)}">${escapeHtml(labels.copy)}</button>`,
    ...shares,
    '</p>',
    '</article>',
  ].join('');
}
