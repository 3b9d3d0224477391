import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import { sections, type Section } from '@/lib/content/sections';
import { formatDateTime } from '@/lib/dates/display-dates';
import { siteConfig } from '@/lib/site/config';
import { litePath } from '@/lib/site/urls';
import { liteDocument } from './lite-document';
import { attr, mixedText } from '@/lib/pages/html-strings';
import type { LiteLabels } from './lite-labels';

function storyItem(story: Article, labels: LiteLabels): string {
  const { locale } = story;
  return (
    `<li><a href="${litePath.story(locale, story.slug)}">${mixedText(story.title, locale)}</a>` +
    `<br><span class="m"><time datetime="${story.publishedAt}">${formatDateTime(story.publishedAt, locale, siteConfig.timeZone)}</time>` +
    ` · ${mixedText(labels.sections[story.section], locale)}</span></li>`
  );
}

function sectionLinks(locale: Locale, labels: LiteLabels, current: Section | null): string {
  const links = sections.map((section) =>
    section === current
      ? `<b>${mixedText(labels.sections[section], locale)}</b>`
      : `<a href="${litePath.section(locale, section)}">${mixedText(labels.sections[section], locale)}</a>`,
  );
  return `<nav aria-label="${attr(labels.sectionsLabel)}"><p>${links.join(' · ')}</p></nav>`;
}

/**
 * A lite listing: the home page (`section` null) or a section's, newest first, headline, date
 * and section per story, with a link to the full listing's next page for older ones.
 */
export function liteListingPage(options: {
  locale: Locale;
  section: Section | null;
  stories: readonly Article[];
  /** The full listing's page with what comes after these stories, if anything does. */
  olderHref: string | null;
  /** The full page this lite one stands for, absolute. */
  canonical: string;
  otherLocale: Locale;
  labels: LiteLabels;
}): string {
  const { locale, section, stories, olderHref, canonical, otherLocale, labels } = options;
  const heading = section ? labels.sections[section] : labels.latest;
  const older = olderHref
    ? `<p><a href="${olderHref}">${mixedText(labels.older, locale)}</a></p>`
    : '';
  const main =
    sectionLinks(locale, labels, section) +
    `<h1>${mixedText(heading, locale)}</h1>` +
    `<ol>${stories.map((story) => storyItem(story, labels)).join('')}</ol>` +
    older;
  return liteDocument({
    locale,
    labels,
    title: `${heading} · ${labels.siteName}`,
    description: labels.siteDescription,
    canonical,
    other: {
      locale: otherLocale,
      href: section ? litePath.section(otherLocale, section) : litePath.home(otherLocale),
    },
    main,
  });
}
