import { bodyHtml, type Article } from '@/lib/content';
import { formatDateTime } from '@/lib/dates/display-dates';
import { IMAGE_TYPES, renditionPath } from '@/lib/media/images';
import { buildShareLinks } from '@/lib/site/share-links';
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl, articlePath, litePath } from '@/lib/site/urls';
import { liteDocument } from './lite-document';
import { attr, mixedText } from '@/lib/pages/html-strings';
import type { LiteLabels } from './lite-labels';

/** 480 px: under 15 KB as AVIF or JPEG, and as wide as the column on a phone. */
const LITE_IMAGE_WIDTH = 480;

function heroFigure({ image, locale }: Article, labels: LiteLabels): string {
  if (!image) return '';
  const height = Math.round((image.height * LITE_IMAGE_WIDTH) / image.width);
  // AVIF where the browser takes it, else JPEG, which every browser shows.
  return (
    '<figure><picture>' +
    `<source type="${IMAGE_TYPES.avif}" srcset="${renditionPath(image.src, LITE_IMAGE_WIDTH, 'avif')}">` +
    `<img src="${renditionPath(image.src, LITE_IMAGE_WIDTH, 'jpg')}" width="${LITE_IMAGE_WIDTH}" height="${height}" alt="${attr(image.alt)}">` +
    '</picture><figcaption>' +
    `<span class="h">${mixedText(labels.captionLabel, locale)}: </span>${mixedText(image.caption, locale)} ` +
    `<span class="h">${mixedText(labels.creditLabel, locale)}: </span>(${mixedText(image.credit, locale)})` +
    '</figcaption></figure>'
  );
}

function times(article: Article, labels: LiteLabels): string {
  const { locale } = article;
  const one = (label: string, iso: string) =>
    `${mixedText(label, locale)} <time datetime="${iso}">${formatDateTime(iso, locale, siteConfig.timeZone)}</time>`;
  return [
    one(labels.published, article.publishedAt),
    ...(article.updatedAt ? [one(labels.updated, article.updatedAt)] : []),
  ].join(' · ');
}

function shareLinks(article: Article, url: string, labels: LiteLabels): string {
  const links = buildShareLinks(article.title, url).map(
    ({ network, href }) =>
      `<a href="${attr(href)}" rel="noopener noreferrer">${mixedText(labels.networks[network], article.locale)}</a>`,
  );
  return `<h2>${mixedText(labels.shareHeading, article.locale)}</h2><p>${links.join(' · ')}</p>`;
}

function relatedLinks(article: Article, related: readonly Article[], labels: LiteLabels) {
  if (related.length === 0) return '';
  const items = related.map(
    (story) =>
      `<li><a href="${litePath.story(story.locale, story.slug)}">${mixedText(story.title, story.locale)}</a></li>`,
  );
  return `<h2>${mixedText(labels.related, article.locale)}</h2><ul>${items.join('')}</ul>`;
}

/**
 * The lite page of a story: the whole text (no expander), its picture small, share links and
 * "read also" as plain links, and nothing that needs a script.
 */
export function liteStoryPage(options: {
  article: Article;
  related: readonly Article[];
  translation: Article | null;
  labels: LiteLabels;
}): string {
  const { article, related, translation, labels } = options;
  const { locale } = article;
  const canonical = absoluteUrl(articlePath(locale, article.slug));
  const sources = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(
    article.sources,
  );
  const main =
    '<article>' +
    `<p class="m"><a href="${litePath.section(locale, article.section)}">${mixedText(labels.sections[article.section], locale)}</a></p>` +
    `<h1>${mixedText(article.title, locale)}</h1>` +
    `<p>${mixedText(article.summary, locale)}</p>` +
    `<p class="m">${times(article, labels)}</p>` +
    heroFigure(article, labels) +
    bodyHtml(article) +
    `<p class="m"><b>${mixedText(labels.sources, locale)}</b> ${mixedText(sources, locale)}</p>` +
    shareLinks(article, canonical, labels) +
    relatedLinks(article, related, labels) +
    '</article>';
  return liteDocument({
    locale,
    labels,
    title: `${article.title} · ${labels.siteName}`,
    description: article.summary,
    canonical,
    other: translation
      ? { locale: translation.locale, href: litePath.story(translation.locale, translation.slug) }
      : null,
    main,
  });
}
