import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** A story file as read straight from disk, with none of the site's own code. */
export interface StoryOnDisk {
  id: string;
  locale: 'ar' | 'en';
  slug: string;
  title: string;
  section: string;
  tags: string[];
  publishedAt: number;
}

/** Every public story file under `contentDir`: the oracle the archive's pages are checked with. */
export function readArchive(contentDir: string): StoryOnDisk[] {
  const stories: StoryOnDisk[] = [];
  for (const id of readdirSync(contentDir)) {
    for (const name of readdirSync(path.join(contentDir, id))) {
      const text = readFileSync(path.join(contentDir, id, name), 'utf8');
      const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<
        string,
        unknown
      >;
      if (front.draft === true || front.withdrawn === true) continue;
      const publishedAt = Date.parse(String(front.publishedAt));
      if (publishedAt > Date.now()) continue;
      stories.push({
        id,
        locale: name === 'en.md' ? 'en' : 'ar',
        slug: String(front.slug),
        title: String(front.title),
        section: String(front.section),
        tags: ((front.tags as unknown[] | undefined) ?? []).map(String),
        publishedAt,
      });
    }
  }
  // Newest first; a tie goes to the folder name, as on every list of the site.
  return stories.sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
}
