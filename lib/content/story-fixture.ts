import type { Article } from './article';
import { StoryIndex } from './story-index';

/** A parsed story for tests of what is built on parsed stories; `overrides` sets what matters. */
export function storyFixture(overrides: Partial<Article> & Pick<Article, 'id'>): Article {
  const locale = overrides.locale ?? 'ar';
  return {
    locale,
    slug: `${overrides.id}-slug`,
    title: overrides.id,
    summary: 'موجز',
    publishedAt: '2024-01-01T10:00:00+03:00',
    updatedAt: null,
    section: 'politics',
    tags: [],
    image: null,
    draft: false,
    withdrawn: false,
    sources: ['وكالات'],
    body: [{ tagName: 'p', html: '<p>x</p>', words: 1 }],
    wordCount: 1,
    file: `content/articles/${overrides.id}/${locale}.md`,
    ...overrides,
  };
}

/** An index in memory holding these stories. */
export function indexOf(articles: readonly Article[]): StoryIndex {
  const index = new StoryIndex(':memory:');
  index.transaction(() => {
    for (const article of articles) index.putStory(article);
  });
  return index;
}
