/** Widths an article image is offered at, in pixels (each rendered on its first request). */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

type ImageWidth = (typeof IMAGE_WIDTHS)[number];

export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Crops search engines ask for (Google's article image guidelines), each 1200 px wide. */
export const IMAGE_CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type ImageCrop = keyof typeof IMAGE_CROPS;

/** The site's own artwork, for stories without a picture. */
export const FALLBACK_IMAGE = {
  src: '/images/site/fallback.svg',
  width: 1600,
  height: 900,
} as const;

export const IMAGE_TYPES: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

/** Where renditions are served: a source /images/x.svg gives /_img/images/x-800.webp and so on. */
export const RENDITIONS_PREFIX = '/_img';

const stem = (src: string) => `${RENDITIONS_PREFIX}${src.replace(/\.[a-z]+$/, '')}`;

/** The URL of one rendition of a source image such as /images/articles/x.svg. */
export function renditionPath(src: string, width: number, format: ImageFormat): string {
  return `${stem(src)}-${width}.${format}`;
}

/** The URL of a centred crop of a source image, as JPEG. */
export function cropPath(src: string, crop: ImageCrop): string {
  return `${stem(src)}-${crop}.jpg`;
}

export type RenditionSize =
  | { kind: 'width'; width: ImageWidth }
  | { kind: 'crop'; crop: ImageCrop; width: number; height: number };

export interface RenditionRequest {
  /** The source's path without its extension, e.g. /images/articles/x (see SOURCE_EXTENSIONS). */
  stem: string;
  size: RenditionSize;
  format: ImageFormat;
}

/** The extensions a source may have (the content schema's), in the order they are looked for. */
export const SOURCE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;

// Folder and file names as the content schema allows them under /images: lowercase Latin letters,
// digits and hyphens, so no dot, no `..` and no encoded character can reach the file system.
const FOLDER = /^[a-z0-9-]+$/;
const FILE = /^([a-z0-9-]+)-(\d+|\d+x\d+)\.([a-z]+)$/;
const MAX_PATH_LENGTH = 300;

const isWidth = (value: number): value is ImageWidth =>
  (IMAGE_WIDTHS as readonly number[]).includes(value);
const isCrop = (value: string): value is ImageCrop => Object.hasOwn(IMAGE_CROPS, value);
const isFormat = (value: string): value is ImageFormat =>
  (IMAGE_FORMATS as readonly string[]).includes(value);

/**
 * The inverse of renditionPath and cropPath: what a /_img URL path asks for, or null when it is
 * not one they could have made (an unknown width, crop or format, a crop in anything but JPEG, a
 * path outside /images).
 */
export function parseRenditionPath(urlPath: string): RenditionRequest | null {
  if (urlPath.length > MAX_PATH_LENGTH || !urlPath.startsWith(`${RENDITIONS_PREFIX}/`)) return null;
  const [root, ...rest] = urlPath.slice(RENDITIONS_PREFIX.length + 1).split('/');
  const name = rest.pop();
  if (root !== 'images' || name === undefined || !rest.every((folder) => FOLDER.test(folder))) {
    return null;
  }
  const [, base, variant, format] = FILE.exec(name) ?? [];
  if (base === undefined || variant === undefined || format === undefined || !isFormat(format)) {
    return null;
  }
  const stem = ['', root, ...rest, base].join('/');
  if (isCrop(variant)) {
    return format === 'jpg'
      ? { stem, size: { kind: 'crop', crop: variant, ...IMAGE_CROPS[variant] }, format }
      : null;
  }
  const width = Number(variant);
  // `0800` names the same number as 800 but is not a URL renditionPath makes.
  return isWidth(width) && String(width) === variant
    ? { stem, size: { kind: 'width', width }, format }
    : null;
}

function renditionWidths(intrinsicWidth: number): number[] {
  return IMAGE_WIDTHS.filter((width) => width <= intrinsicWidth);
}

interface ResponsiveSource {
  type: string;
  srcSet: string;
}

export interface ResponsiveImage {
  /** `<source>` sets, best format first. */
  sources: ResponsiveSource[];
  /** The JPEG for `<img>`; `srcSet` only when there is more than one width to choose from. */
  fallback: { src: string; srcSet?: string };
  /** Whether the sets name widths, and so need `sizes` beside them. */
  responsive: boolean;
}

/**
 * `<source>` sets and the JPEG fallback for `<img>`. `maxWidth` caps the renditions offered for an
 * image never shown wider than that many device pixels (a thumbnail): each width is spelled out in
 * three formats, twice (HTML and the React payload), so unused ones cost every page that lists
 * the story. With one width left, each set is that file alone: no width, no `sizes`.
 */
export function responsiveImage(
  src: string,
  intrinsicWidth: number,
  maxWidth: number = Number.POSITIVE_INFINITY,
): ResponsiveImage {
  const all = renditionWidths(intrinsicWidth);
  const capped = all.filter((width) => width <= maxWidth);
  const widths = capped.length > 0 ? capped : all.slice(0, 1);
  const responsive = widths.length > 1;
  const fallbackWidth = widths.find((width) => width >= 1200) ?? widths[widths.length - 1] ?? 1200;
  const srcSet = (format: ImageFormat) =>
    responsive
      ? widths.map((width) => `${renditionPath(src, width, format)} ${width}w`).join(', ')
      : renditionPath(src, fallbackWidth, format);
  const fallbackSrc = renditionPath(src, fallbackWidth, 'jpg');
  return {
    sources: IMAGE_FORMATS.filter((format) => format !== 'jpg').map((format): ResponsiveSource => ({
      type: IMAGE_TYPES[format],
      srcSet: srcSet(format),
    })),
    fallback: responsive ? { src: fallbackSrc, srcSet: srcSet('jpg') } : { src: fallbackSrc },
    responsive,
  };
}
