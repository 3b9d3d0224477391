/**
 * Draws an Open Graph card: satori lays the element tree out and turns every glyph into an SVG
 * path (shaped with HarfBuzz, so Arabic letters join), sharp rasterises the SVG and encodes it.
 * Fonts are read from disk and the background comes as a data URL: nothing is fetched.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReactElement } from 'react';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { localeDirection, type Locale } from '@/i18n/routing';
import type { OgLabels } from './card-facts';
import { fitHeadline } from './fit-headline';
import {
  articleCard,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_LINES,
  HEADLINE_TYPE,
  OG_ARABIC_FAMILY,
  OG_LATIN_FAMILY,
  type ArticleCardData,
  type Direction,
} from './og-card';
import { OG_HEIGHT, OG_WIDTH } from './og-paths';

/** Cards above this are refused: some platforms drop larger previews, and it is a lot to fetch. */
export const OG_MAX_BYTES = 300 * 1024;
const JPEG_QUALITY = 82;

interface OgFontFile {
  family: string;
  weight: 400 | 700;
  /** Its name in @fontsource/ibm-plex-sans-arabic/files. */
  file: string;
}

/** IBM Plex Sans Arabic's Arabic and Latin subsets as WOFF (satori does not read WOFF2). */
const OG_FONT_FILES: readonly OgFontFile[] = ([400, 700] as const).flatMap((weight) => [
  {
    family: OG_ARABIC_FAMILY,
    weight,
    file: `ibm-plex-sans-arabic-arabic-${weight}-normal.woff`,
  },
  {
    family: OG_LATIN_FAMILY,
    weight,
    file: `ibm-plex-sans-arabic-latin-${weight}-normal.woff`,
  },
]);

export interface OgFont {
  family: string;
  weight: 400 | 700;
  data: Buffer;
}

/**
 * The card fonts, from the project's node_modules. The folder is spelled out so that the server
 * build traces it (a standalone build carries the fonts the cards are drawn with).
 */
export async function loadOgFonts(): Promise<OgFont[]> {
  const folder = path.join(
    process.cwd(),
    'node_modules',
    '@fontsource',
    'ibm-plex-sans-arabic',
    'files',
  );
  return Promise.all(
    OG_FONT_FILES.map(async ({ family, weight, file }) => ({
      family,
      weight,
      data: await readFile(path.join(folder, file)),
    })),
  );
}

/** The card strings read from messages/<locale>.json, for checks run outside Next.js. */
export async function loadOgLabels(rootDir: string, locale: Locale): Promise<OgLabels> {
  const file = path.join(rootDir, 'messages', `${locale}.json`);
  const messages = JSON.parse(await readFile(file, 'utf8')) as {
    Metadata?: { siteName?: string; siteDescription?: string };
    Sections?: Record<string, string>;
  };
  const { siteName, siteDescription } = messages.Metadata ?? {};
  if (!siteName || !siteDescription || !messages.Sections) {
    throw new Error(`${file} lacks Metadata.siteName, Metadata.siteDescription or Sections`);
  }
  return { siteName, siteDescription, sections: messages.Sections };
}

const satoriFonts = (fonts: readonly OgFont[]): Font[] =>
  fonts.map(({ family, weight, data }) => ({ name: family, data, weight, style: 'normal' }));

export interface OgLayout {
  svg: string;
  /** Height of the element with key="headline", in px, when the card has one. */
  headlineHeight: number | null;
}

/** Lays the card out with satori: the SVG, plus the headline's laid-out height for checks. */
export async function layoutOgCard(
  element: ReactElement,
  fonts: readonly OgFont[],
): Promise<OgLayout> {
  let headlineHeight: number | null = null;
  const svg = await satori(element, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: satoriFonts(fonts),
    onNodeDetected: (node) => {
      if (node.key === 'headline') headlineHeight = node.height;
    },
  });
  return { svg, headlineHeight };
}

/** Rasterises an SVG from layoutOgCard to the card's JPEG, refusing one of OG_MAX_BYTES or more. */
export async function rasterizeOgSvg(svg: string): Promise<Buffer> {
  const image = await sharp(Buffer.from(svg))
    .resize(OG_WIDTH, OG_HEIGHT)
    .flatten({ background: '#0b0b0d' })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
  if (image.length >= OG_MAX_BYTES) {
    throw new Error(
      `Open Graph card is ${image.length} bytes, over the ${OG_MAX_BYTES}-byte limit`,
    );
  }
  return image;
}

const headlineLineHeight = (dir: Direction) =>
  HEADLINE_TYPE[dir].fontSize * HEADLINE_TYPE[dir].lineHeight;

export interface ArticleCardInput {
  /** The article's full headline; it is shortened here. */
  title: string;
  /** The section's localized name. */
  section: string;
  siteName: string;
  locale: Locale;
  background: string;
}

export interface LaidOutArticleCard {
  data: ArticleCardData;
  element: ReactElement;
  svg: string;
  lines: number;
}

/**
 * Fits the headline to the locale's character budget and lays the card out. The budget keeps any
 * realistic headline within three lines; should satori still need a fourth (a headline of long
 * capitalised words, say), the budget shrinks until it fits, with a warning.
 */
export async function layoutArticleCard(
  input: ArticleCardInput,
  fonts: readonly OgFont[],
): Promise<LaidOutArticleCard> {
  const dir = localeDirection[input.locale];
  for (let budget = HEADLINE_MAX_CHARS[dir]; ; budget -= 5) {
    const data: ArticleCardData = {
      headline: fitHeadline(input.title, budget),
      section: input.section,
      siteName: input.siteName,
      lang: input.locale,
      dir,
      background: input.background,
    };
    const element = articleCard(data);
    const { svg, headlineHeight } = await layoutOgCard(element, fonts);
    if (headlineHeight === null) throw new Error('the article card has no key="headline" element');
    const lines = Math.round(headlineHeight / headlineLineHeight(dir));
    if (lines <= HEADLINE_MAX_LINES || budget <= 20) {
      if (lines > HEADLINE_MAX_LINES) throw new Error(`"${input.title}" does not fit in the card`);
      return { data, element, svg, lines };
    }
    console.warn(`og: "${data.headline}" takes ${lines} lines; trying ${budget - 5} characters`);
  }
}

/** satori → SVG → sharp → JPEG bytes (1200x630, under 300 KB). */
export async function renderOgImage(
  element: ReactElement,
  fonts: readonly OgFont[],
): Promise<Buffer> {
  return rasterizeOgSvg((await layoutOgCard(element, fonts)).svg);
}
