/**
 * The Open Graph cards as plain element trees: satori draws them at build time
 * (render-og-image.ts), and the e2e test renders the very same trees in Chromium to check them.
 * Every box states its display and box sizing, because satori and browsers default differently.
 */
import type { CSSProperties, ReactElement } from 'react';
import { cardText } from './fit-headline';
import { OG_HEIGHT, OG_WIDTH } from './og-paths';

/** Family names the fonts are registered under; distinct, so each script gets its own face. */
export const OG_ARABIC_FAMILY = 'OG Plex Arabic';
export const OG_LATIN_FAMILY = 'OG Plex Latin';

export type Direction = 'rtl' | 'ltr';

/** Type settings per direction: Arabic needs more leading for its ascenders and dots. */
export const HEADLINE_TYPE = {
  rtl: { fontSize: 60, lineHeight: 1.35 },
  ltr: { fontSize: 60, lineHeight: 1.2 },
} as const;

export const HEADLINE_MAX_LINES = 3;

/**
 * Characters that fit in three lines at the sizes above, across the 1056-px measure. Found by
 * laying out hundreds of random headlines with satori: Arabic first overflowed at 95 (a third of
 * the words Latin capitals or long numbers), English at 90 (long words). fit-headline.test.ts
 * keeps worst cases honest; layoutArticleCard shrinks further for what no budget foresees
 * (a headline in capital Ms and Ws).
 */
export const HEADLINE_MAX_CHARS = { rtl: 90, ltr: 80 } as const;

const PAD_X = 72;
const PAD_Y = 56;
const ACCENT = '#a3161a';
const ACCENT_ON_DARK = '#ff8f84';
const INK = '#ffffff';
const MUTED = 'rgba(255, 255, 255, 0.82)';

export interface ArticleCardData {
  /** Already shortened with fitHeadline. */
  headline: string;
  /** The section's localized name. */
  section: string;
  siteName: string;
  lang: string;
  dir: Direction;
  /** The background picture as a data URL (the 1200-px 16x9 crop). */
  background: string;
}

export interface HomeCardData {
  siteName: string;
  description: string;
  lang: string;
  dir: Direction;
  background: string;
}

const box: CSSProperties = { display: 'flex', boxSizing: 'border-box' };

/** A layer covering the whole card (satori draws on a fixed canvas, so offsets are physical). */
const layer: CSSProperties = {
  ...box,
  position: 'absolute',
  top: 0,
  left: 0,
  width: OG_WIDTH,
  height: OG_HEIGHT,
};

function fontFamily(dir: Direction): string {
  const [first, second] =
    dir === 'rtl' ? [OG_ARABIC_FAMILY, OG_LATIN_FAMILY] : [OG_LATIN_FAMILY, OG_ARABIC_FAMILY];
  return `'${first}', '${second}'`;
}

const textAlign = (dir: Direction) => (dir === 'rtl' ? 'right' : 'left');

/** The frame both cards share: picture, darkening, accent bar, and a padded content column. */
function Frame({
  data,
  shade,
  children,
}: {
  data: { lang: string; dir: Direction; background: string };
  shade: string;
  children: ReactElement | ReactElement[];
}) {
  return (
    <div
      lang={data.lang}
      dir={data.dir}
      style={{
        ...box,
        position: 'relative',
        width: OG_WIDTH,
        height: OG_HEIGHT,
        overflow: 'hidden',
        backgroundColor: '#0b0b0d',
        color: INK,
        direction: data.dir,
        fontFamily: fontFamily(data.dir),
        fontWeight: 400,
      }}
    >
      <img
        src={data.background}
        alt=""
        width={OG_WIDTH}
        height={OG_HEIGHT}
        style={{ ...layer, objectFit: 'cover' }}
      />
      <div style={{ ...layer, backgroundImage: shade }} />
      <div style={{ ...layer, height: 8, backgroundColor: ACCENT }} />
      <div
        style={{
          ...layer,
          padding: `${PAD_Y}px ${PAD_X}px`,
          flexDirection: 'column',
          justifyContent: 'space-between',
        }}
      >
        {children}
      </div>
    </div>
  );
}

function SiteMark({ name, dir, size }: { name: string; dir: Direction; size: number }) {
  return (
    <div style={{ ...box, flexDirection: 'row', alignItems: 'center' }}>
      <div style={{ ...box, width: 6, height: size * 0.9, backgroundColor: ACCENT_ON_DARK }} />
      <div
        style={{
          ...box,
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.2,
          color: INK,
          textAlign: textAlign(dir),
          [dir === 'rtl' ? 'marginRight' : 'marginLeft']: 14,
        }}
      >
        {cardText(name)}
      </div>
    </div>
  );
}

/** An article's card: site name in the top corner, section kicker and headline at the foot. */
export function articleCard(data: ArticleCardData): ReactElement {
  const type = HEADLINE_TYPE[data.dir];
  return (
    <Frame
      data={data}
      shade="linear-gradient(180deg, rgba(8, 8, 10, 0.62) 0%, rgba(8, 8, 10, 0.7) 30%, rgba(8, 8, 10, 0.9) 58%, rgba(8, 8, 10, 0.97) 100%)"
    >
      <SiteMark name={data.siteName} dir={data.dir} size={34} />
      <div style={{ ...box, flexDirection: 'column', width: '100%' }}>
        <div
          style={{
            ...box,
            width: '100%',
            fontSize: 28,
            fontWeight: 700,
            lineHeight: 1.4,
            color: ACCENT_ON_DARK,
            textAlign: textAlign(data.dir),
            marginBottom: 14,
          }}
        >
          {cardText(data.section)}
        </div>
        <div
          key="headline"
          style={{
            ...box,
            width: '100%',
            fontSize: type.fontSize,
            lineHeight: type.lineHeight,
            fontWeight: 700,
            color: INK,
            textAlign: textAlign(data.dir),
          }}
        >
          {cardText(data.headline)}
        </div>
      </div>
    </Frame>
  );
}

/** A locale's home card: the site name large and its description, on the site's artwork. */
export function homeCard(data: HomeCardData): ReactElement {
  return (
    <Frame
      data={data}
      shade="linear-gradient(180deg, rgba(8, 8, 10, 0.45) 0%, rgba(8, 8, 10, 0.72) 45%, rgba(8, 8, 10, 0.95) 100%)"
    >
      <div style={{ ...box, height: 8 }} />
      <div style={{ ...box, flexDirection: 'column', width: '100%' }}>
        <div
          style={{
            ...box,
            width: '100%',
            fontSize: 120,
            fontWeight: 700,
            lineHeight: 1.25,
            color: INK,
            textAlign: textAlign(data.dir),
          }}
        >
          {cardText(data.siteName)}
        </div>
        <div
          style={{ ...box, width: 96, height: 6, marginTop: 20, backgroundColor: ACCENT_ON_DARK }}
        />
        <div
          style={{
            ...box,
            width: '100%',
            marginTop: 28,
            fontSize: 36,
            lineHeight: data.dir === 'rtl' ? 1.6 : 1.4,
            color: MUTED,
            textAlign: textAlign(data.dir),
          }}
        >
          {cardText(data.description)}
        </div>
      </div>
    </Frame>
  );
}
