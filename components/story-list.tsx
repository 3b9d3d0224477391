import type { Article } from '@/lib/content';
import { StoryCard } from './story-card';

export function StoryList({ articles, level = 2 }: { articles: Article[]; level?: 2 | 3 }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={`${article.locale}/${article.id}`} className="py-4 first:pt-0">
          <StoryCard article={article} level={level} />
        </li>
      ))}
    </ol>
  );
}
