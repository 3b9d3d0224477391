/** Widths the build renders for every article image, in pixels. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];

const MIME: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

/** Where the build writes one rendition of a source image such as /images/articles/x.svg. */
export function renditionPath(src: string, width: number, format: ImageFormat): string {
  return `/_img${src.replace(/\.[a-z]+$/, '')}-${width}.${format}`;
}

export function renditionWidths(intrinsicWidth: number): number[] {
  return IMAGE_WIDTHS.filter((width) => width <= intrinsicWidth);
}

export interface ResponsiveSource {
  type: string;
  srcSet: string;
}

/** `<source>` sets, best format first, and the JPEG fallback for `<img>`. */
export function responsiveImage(src: string, intrinsicWidth: number) {
  const widths = renditionWidths(intrinsicWidth);
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
