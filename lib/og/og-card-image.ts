import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { localeDirection } from '@/i18n/routing';
import { cropPath } from '@/lib/media/images';
import { cachedFile } from '@/lib/media/cached-file';
import { defaultMediaLocation, type MediaLocation } from '@/lib/media/media-location';
import { inRenderSlot } from '@/lib/media/render-slots';
import { renditionAt, renditionSourceTime } from '@/lib/media/renditions';
import { homeCard } from './og-card';
import {
  articleCardVersion,
  homeCardVersion,
  type ArticleCardFacts,
  type HomeCardFacts,
} from './og-paths';
import {
  layoutArticleCard,
  loadOgFonts,
  rasterizeOgSvg,
  renderOgImage,
  type OgFont,
} from './render-og-image';

let fonts: Promise<OgFont[]> | undefined;
const cardFonts = () => (fonts ??= loadOgFonts());

const backgroundPath = (imageSrc: string) => cropPath(imageSrc, '16x9');

/** A card's background: the 1200-px 16x9 crop of its picture, as the /_img URL serves it. */
export async function cardBackground(
  imageSrc: string,
  location: MediaLocation = defaultMediaLocation(),
): Promise<string> {
  const crop = await renditionAt(backgroundPath(imageSrc), location);
  if (!crop) throw new Error(`${imageSrc} is not under public/: the card has no background`);
  return `data:${crop.type};base64,${crop.data.toString('base64')}`;
}

/** Keeps one card per story and locale: a new version replaces the files of older ones. */
async function dropOtherVersions(folder: string, keep: string) {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.jpg') && name !== keep)
      .map((name) => rm(path.join(folder, name), { force: true })),
  );
}

export interface CardImage {
  /** The JPEG. */
  data: Buffer;
  /** When its background picture last changed. */
  pictureTime: number;
}

async function cardFile(
  folder: string,
  version: string,
  imageSrc: string,
  location: MediaLocation,
  draw: (background: string) => Promise<Buffer>,
): Promise<CardImage> {
  const sourceTime = await renditionSourceTime(backgroundPath(imageSrc), location);
  if (sourceTime === null) throw new Error(`${imageSrc} is not under public/`);
  const name = `${version}.jpg`;
  const data = await cachedFile({
    file: path.join(folder, name),
    sourceTime,
    make: async () => {
      const background = await cardBackground(imageSrc, location);
      const image = await inRenderSlot(() => draw(background));
      await dropOtherVersions(folder, name);
      return image;
    },
  });
  return { data, pictureTime: sourceTime };
}

/** An article's card as JPEG: drawn on its first request, then read from the kept file. */
export async function articleCardImage(
  card: ArticleCardFacts,
  location: MediaLocation = defaultMediaLocation(),
): Promise<CardImage> {
  const kind = card.kind === 'live' ? 'live' : 'stories';
  const folder = path.join(location.cacheDir, 'og', kind, card.locale, card.id);
  return cardFile(folder, articleCardVersion(card), card.imageSrc, location, async (background) => {
    const laidOut = await layoutArticleCard(
      {
        title: card.title,
        section: card.section,
        siteName: card.siteName,
        locale: card.locale,
        background,
      },
      await cardFonts(),
    );
    return rasterizeOgSvg(laidOut.svg);
  });
}

/** A locale's home card as JPEG, made and kept like the articles'. */
export async function homeCardImage(
  card: HomeCardFacts,
  location: MediaLocation = defaultMediaLocation(),
): Promise<CardImage> {
  const folder = path.join(location.cacheDir, 'og', 'home', card.locale);
  return cardFile(folder, homeCardVersion(card), card.imageSrc, location, async (background) =>
    renderOgImage(
      homeCard({
        siteName: card.siteName,
        description: card.description,
        lang: card.locale,
        dir: localeDirection[card.locale],
        background,
      }),
      await cardFonts(),
    ),
  );
}
