import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { ImageFormat, RenditionSize } from '@/lib/media/images';

const QUALITY = { avif: 55, webp: 72, jpg: 78 } as const;
// A reader waits for the first request of each rendition: AVIF at effort 2 took 0.9 s for 800 px
// where effort 4 took 7.3 s on the shared 2-core machine, for 12% more bytes (16.7 KB, not 15.0).
const AVIF_EFFORT = 2;

/** What a vector source is drawn at: 72 dpi is its own size, more when the output is larger. */
const VECTOR_DPI = 72;

function target(size: RenditionSize, source: { width: number; height: number }) {
  if (size.kind === 'crop') return { width: size.width, height: size.height };
  return { width: size.width, height: Math.round((size.width * source.height) / source.width) };
}

/**
 * One rendition of a source picture: resized to a width (its proportions kept) or cropped to a
 * centred box, then encoded. A vector source is drawn at the size the output needs, so crops and
 * widths larger than its nominal size stay sharp without rasterising it larger than that.
 */
export async function renderRendition(
  file: string,
  size: RenditionSize,
  format: ImageFormat,
): Promise<Buffer> {
  // Read here rather than by name: libvips keeps files it opened by name, and would draw a
  // replaced picture as it was.
  const bytes = await readFile(file);
  const meta = await sharp(bytes).metadata();
  if (!meta.width || !meta.height) throw new Error(`${file} has no width and height`);
  const box = target(size, meta);
  const scale = Math.max(box.width / meta.width, box.height / meta.height);
  const input =
    meta.format === 'svg'
      ? sharp(bytes, { density: Math.min(VECTOR_DPI * Math.max(scale, 1), 2_400) })
      : sharp(bytes);
  const resized = input.resize(box.width, box.height, { fit: 'cover' });
  const encoded =
    format === 'avif'
      ? resized.avif({ quality: QUALITY.avif, effort: AVIF_EFFORT })
      : format === 'webp'
        ? resized.webp({ quality: QUALITY.webp })
        : resized.jpeg({ quality: QUALITY.jpg, mozjpeg: true });
  return encoded.toBuffer();
}
