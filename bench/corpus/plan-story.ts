import type { Locale } from '../../i18n/routing';
import { sections, type Section } from '../../lib/content/sections';
import { sectionBanks } from './bank/sections';
import { sharedHeadings, sharedSentences } from './bank/shared';
import type { Pair } from './bank/types';
import { formatTime, localDay, publishedTime, REFERENCE_TIME } from './dates';
import { stockImages, type StockImage } from './images';
import { countries } from './places';
import { between, drawer, pick, storyRandom, weighted, zipf, type Random } from './random';
import { fill, type Setting } from './slots';
import { arabicSlug, latinSlug } from './slugs';
import { wireSources } from './sources';

interface Block {
  heading: boolean;
  text: Pair;
}

/** Everything one generated story says, in both languages; en is written only when translated. */
export interface StoryPlan {
  section: Section;
  translated: boolean;
  publishedAt: string;
  updatedAt: string | null;
  slug: Pair;
  title: Pair;
  summary: Pair;
  tags: Pair[];
  image: StockImage | null;
  sources: Pair[];
  blocks: Block[];
}

export interface PlanOptions {
  seed: number;
  /** Stories in the corpus: the dates spread over 20 years whatever it is. */
  count: number;
  /** Written as given instead of the story's place in the corpus (a story published now). */
  publishedAt?: string;
}

const MIN_WORDS = 300;
const TRANSLATED_SHARE = 0.3;

// Politics and the economy fill most of an Arab news archive; science and the environment least.
const pickSection = weighted<Section>([
  ['politics', 30],
  ['economy', 22],
  ['society', 18],
  ['culture', 12],
  ['science', 9],
  ['environment', 9],
]);
// Exponents chosen so that at any corpus size the top tag (a country) is on about a quarter of the
// stories and the median tag on about 0.3 %, as in an archive where a few tags lead.
const pickCountry = zipf(countries, 1);
const cityPickers = new Map(countries.map((country) => [country, zipf(country.cities, 1.3)]));
const topicPickers = new Map(sections.map((key) => [key, zipf(sectionBanks[key].topics, 1.3)]));
const imagesBySection = new Map(
  sections.map((key) => [key, stockImages.filter((image) => image.sections.includes(key))]),
);

/** How the loader counts: runs between spaces that hold a letter or a digit. */
const wordsIn = (text: string) =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function distinctTopics(random: Random, section: Section): Pair[] {
  const pickTopic = topicPickers.get(section)!;
  const wanted = between(random, 1, 3);
  const topics = new Set<Pair>();
  // Bounded: the topic lists are long enough that three distinct ones come within a few draws.
  for (let attempt = 0; topics.size < wanted && attempt < 20; attempt += 1) {
    topics.add(pickTopic(random));
  }
  return [...topics];
}

/**
 * Paragraphs of one to three sentences, from the section's bank and the shared one, with a
 * sub-heading every two to four paragraphs, until the story reaches `target` words (in both
 * languages when it is translated); never a sub-heading last.
 */
function writeBody(
  random: Random,
  setting: Setting,
  section: Section,
  lead: Pair,
  target: number,
  locales: Locale[],
): Block[] {
  const bank = sectionBanks[section];
  const fromSection = drawer(random, bank.sentences);
  const fromShared = drawer(random, sharedSentences);
  const nextHeading = drawer(random, [...bank.headings, ...sharedHeadings]);
  const nextSentence = () =>
    fill(random, setting, random() < 0.6 ? fromSection() : fromShared())[0]!;
  const words = { ar: 0, en: 0 };
  const count = (text: Pair) => {
    words.ar += wordsIn(text.ar);
    words.en += wordsIn(text.en);
  };
  const longest = () => Math.max(...locales.map((locale) => words[locale]));
  const shortest = () => Math.min(...locales.map((locale) => words[locale]));

  const drafts: ({ heading: Pair } | { sentences: Pair[] })[] = [];
  let paragraph = [lead];
  count(lead);
  drafts.push({ sentences: paragraph });
  const addSentence = () => {
    const sentence = nextSentence();
    paragraph.push(sentence);
    count(sentence);
  };
  let sinceHeading = 0;
  let gap = between(random, 1, 2);
  while (longest() < target) {
    if (sinceHeading >= gap && longest() < target - 40) {
      const heading = nextHeading();
      drafts.push({ heading });
      count(heading);
      sinceHeading = 0;
      gap = between(random, 2, 4);
    }
    paragraph = [];
    drafts.push({ sentences: paragraph });
    for (let n = between(random, 1, 3); n > 0 && longest() < target; n -= 1) addSentence();
    sinceHeading += 1;
  }
  while (shortest() < MIN_WORDS) addSentence();
  if (!drafts.some((draft) => 'heading' in draft)) drafts.splice(-1, 0, { heading: nextHeading() });

  return drafts.map((draft) =>
    'heading' in draft
      ? { heading: true, text: draft.heading }
      : {
          heading: false,
          text: {
            ar: draft.sentences.map((sentence) => sentence.ar).join(' '),
            en: draft.sentences.map((sentence) => sentence.en).join(' '),
          },
        },
  );
}

/**
 * Story `index` of a corpus. What it says depends only on the seed and the index (its own
 * random stream, drawn in a fixed order), so one story can be made again alone, and its headline
 * and slug do not depend on the corpus size either; only its date does.
 */
export function planStory(index: number, options: PlanOptions): StoryPlan {
  const random = storyRandom(options.seed, index);
  const jitter = random();
  const time = options.publishedAt
    ? Date.parse(options.publishedAt)
    : publishedTime(index, options.count, jitter);
  const publishedAt = options.publishedAt ?? formatTime(time);

  const section = pickSection(random);
  const translated = random() < TRANSLATED_SHARE;
  const country = pickCountry(random);
  const { weekday, year } = localDay(time);
  const setting: Setting = { country, city: cityPickers.get(country)!(random), weekday, year };
  const angle = pick(random, sectionBanks[section].angles);
  const [title, lead] = fill(random, setting, angle.headline, angle.lead) as [Pair, Pair];
  const number = index + 1;
  const slug = { ar: arabicSlug(title.ar, number), en: latinSlug(title.en, number) };

  const topics = distinctTopics(random, section);
  const withCity = random() < 0.6;
  const tags = [...topics, country.tag, ...(withCity ? [setting.city] : [])];
  const withImage = random() < 0.85;
  const image = pick(random, imagesBySection.get(section)!);
  const wire = pick(random, wireSources);
  const sources = random() < 0.5 ? [country.agency, wire] : [country.agency];
  const updated = random() < 0.15;
  const updatedTime = time + between(random, 20, 600) * 60_000;
  const target = MIN_WORDS + Math.round(850 * random() ** 1.6);

  return {
    section,
    translated,
    publishedAt,
    updatedAt: updated && updatedTime < REFERENCE_TIME ? formatTime(updatedTime) : null,
    slug,
    title,
    summary: lead,
    tags,
    image: withImage ? image : null,
    sources,
    blocks: writeBody(random, setting, section, lead, target, translated ? ['ar', 'en'] : ['ar']),
  };
}
