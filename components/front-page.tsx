import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getLatest, getSectionLatest } from '@/lib/content';
import { activeSections } from '@/lib/pages/listings';
import { PAGE_SIZE } from '@/lib/util/pagination';
import { sectionPath } from '@/lib/site/urls';
import { StrokeIcon } from './icons/icons';
import { LiveBanner } from './live/live-banner';
import { StoryCard } from './story-card';
import { StoryList } from './story-list';

// The lead and the latest list together show one listing page: every story up to twenty.
const LATEST_COUNT = PAGE_SIZE - 1;
const PER_SECTION = 3;

/** The home page: the newest story as the lead, the next ones, then a block per section. */
export async function FrontPage({ locale }: { locale: Locale }) {
  const [t, tSections, articles, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'HomePage' }),
    getTranslations({ locale, namespace: 'Sections' }),
    getLatest(locale, LATEST_COUNT + 1),
    activeSections(locale),
  ]);
  const [lead, ...rest] = articles;
  const blocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      articles: await getSectionLatest(locale, section, PER_SECTION),
    })),
  );

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-6 outline-none sm:px-6">
      <h1 className="sr-only">{t('heading')}</h1>
      <LiveBanner locale={locale} />
      {!lead && <p className="py-16 text-center text-lg text-muted">{t('empty')}</p>}
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        {lead && (
          <section aria-labelledby="lead-heading">
            <h2 id="lead-heading" className="sr-only">
              {t('lead')}
            </h2>
            <StoryCard article={lead} variant="lead" level={3} />
          </section>
        )}
        {rest.length > 0 && (
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="mb-4 border-b-4 border-ink pb-1 text-lg font-bold">
              {t('latest')}
            </h2>
            <StoryList articles={rest} level={3} />
          </section>
        )}
      </div>
      <div className="mt-12 grid gap-10 md:grid-cols-2">
        {blocks.map(({ section, articles: sectionArticles }) => (
          <section key={section} aria-labelledby={`section-${section}`}>
            <div className="mb-4 flex items-center justify-between border-b-4 border-ink pb-1">
              <h2 id={`section-${section}`} className="text-lg font-bold">
                <a href={sectionPath(locale, section)} className="hover:text-accent">
                  {tSections(section)}
                </a>
              </h2>
              <a
                href={sectionPath(locale, section)}
                className="inline-flex items-center gap-1 text-sm text-accent hover:underline"
              >
                {t('more', { section: tSections(section) })}
                <StrokeIcon name="chevronForward" className="size-4" />
              </a>
            </div>
            <StoryList articles={sectionArticles} level={3} />
          </section>
        ))}
      </div>
    </main>
  );
}
