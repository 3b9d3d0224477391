import type { Locale } from '../../i18n/routing';
import type { StoryPlan } from './plan-story';

// JSON strings are YAML double-quoted scalars: any headline, quotes and colons included, is safe.
const quoted = (text: string) => JSON.stringify(text);

/** One language file of a planned story, as an editor would write it: front matter, then Markdown. */
export function renderStory(plan: StoryPlan, locale: Locale): string {
  const { image } = plan;
  const lines = [
    '---',
    `slug: ${plan.slug[locale]}`,
    `title: ${quoted(plan.title[locale])}`,
    `summary: ${quoted(plan.summary[locale])}`,
    `publishedAt: ${plan.publishedAt}`,
    ...(plan.updatedAt ? [`updatedAt: ${plan.updatedAt}`] : []),
    `section: ${plan.section}`,
    'tags:',
    ...plan.tags.map((tag) => `  - ${quoted(tag[locale])}`),
    ...(image
      ? [
          'image:',
          `  src: ${image.src}`,
          `  alt: ${quoted(image.alt[locale])}`,
          `  caption: ${quoted(image.caption[locale])}`,
          `  credit: ${quoted(image.credit[locale])}`,
          `  width: ${image.width}`,
          `  height: ${image.height}`,
        ]
      : []),
    'sources:',
    ...plan.sources.map((source) => `  - ${quoted(source[locale])}`),
    '---',
    '',
    ...plan.blocks.map((block) => `${block.heading ? '## ' : ''}${block.text[locale]}\n`),
  ];
  return lines.join('\n');
}
