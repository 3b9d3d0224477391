import type { ArticleImage } from '@/lib/content/article';

/** Widths the build renders for every article image, in pixels. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

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

export type ImageSource = Pick<ArticleImage, 'src' | 'width' | 'height'>;

const MIME: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

const stem = (src: string) => `/_img${src.replace(/\.[a-z]+$/, '')}`;

/** Where the build writes one rendition of a source image such as /images/articles/x.svg. */
export function renditionPath(src: string, width: number, format: ImageFormat): string {
  return `${stem(src)}-${width}.${format}`;
}

/** Where the build writes a centred crop of a source image, as JPEG. */
export function cropPath(src: string, crop: ImageCrop): string {
  return `${stem(src)}-${crop}.jpg`;
}

export function renditionWidths(intrinsicWidth: number): number[] {
  return IMAGE_WIDTHS.filter((width) => width <= intrinsicWidth);
}

export interface ResponsiveSource {
  type: string;
  srcSet: string;
}

/**
 * `<source>` sets, best format first, and the JPEG fallback for `<img>`. `maxWidth` caps the
 * renditions offered for an image never shown wider than that many device pixels (a thumbnail):
 * each width is spelled out in three formats, twice (HTML and the React payload), so unused ones
 * cost every page that lists the story.
 */
export function responsiveImage(
  src: string,
  intrinsicWidth: number,
  maxWidth: number = Number.POSITIVE_INFINITY,
) {
  const all = renditionWidths(intrinsicWidth);
  const capped = all.filter((width) => width <= maxWidth);
  const widths = capped.length > 0 ? capped : all.slice(0, 1);
  const srcSet = (format: ImageFormat) =>
    widths.map((width) => `${renditionPath(src, width, format)} ${width}w`).join(', ');
  const fallbackWidth = widths.find((width) => width >= 1200) ?? widths[widths.length - 1] ?? 1200;
  return {
    sources: IMAGE_FORMATS.filter((format) => format !== 'jpg').map((format): ResponsiveSource => ({
      type: MIME[format],
      srcSet: srcSet(format),
    })),
    fallback: { src: renditionPath(src, fallbackWidth, 'jpg'), srcSet: srcSet('jpg') },
  };
}
