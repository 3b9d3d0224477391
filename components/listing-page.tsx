import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import type { Page } from '@/lib/util/pagination';
import { PaginationNav } from './pagination-nav';
import { StoryList } from './story-list';

interface ListingPageProps {
  locale: Locale;
  title: string;
  description: string;
  page: Page<Article>;
  hrefFor: (page: number) => string;
}

/** A section's or tag's stories, newest first, twenty to a page. */
export function ListingPage({ locale, title, description, page, hrefFor }: ListingPageProps) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-8 outline-none sm:px-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 mb-6 text-muted">{description}</p>
      <StoryList articles={page.items} />
      <PaginationNav
        locale={locale}
        page={page.page}
        totalPages={page.totalPages}
        hrefFor={hrefFor}
      />
    </main>
  );
}
