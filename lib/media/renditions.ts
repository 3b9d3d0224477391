import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  IMAGE_TYPES,
  parseRenditionPath,
  RENDITIONS_PREFIX,
  SOURCE_EXTENSIONS,
  type RenditionRequest,
} from '@/lib/media/images';
import { cachedFile } from './cached-file';
import { defaultMediaLocation, type MediaLocation } from './media-location';
import { renderRendition } from './render-rendition';
import { inRenderSlot } from './render-slots';

export interface Rendition {
  data: Buffer;
  /** Its Content-Type. */
  type: string;
  /** The source's modification time: what is made from the rendition is as new as this. */
  sourceTime: number;
}

/** The first source file the stem names (x.svg before x.png ...), with its time; null if none. */
async function findSource(publicDir: string, stem: string) {
  for (const extension of SOURCE_EXTENSIONS) {
    // Never traced: public/ sits beside a standalone server, and the stem is checked already.
    const file = path.join(/* turbopackIgnore: true */ publicDir, `${stem}.${extension}`);
    try {
      const stats = await stat(/* turbopackIgnore: true */ file);
      if (stats.isFile()) return { file, time: stats.mtimeMs };
    } catch {
      // Not this extension.
    }
  }
  return null;
}

async function make(request: RenditionRequest, urlPath: string, location: MediaLocation) {
  const source = await findSource(location.publicDir, request.stem);
  if (!source) return null;
  const data = await cachedFile({
    file: path.join(location.cacheDir, 'renditions', urlPath.slice(RENDITIONS_PREFIX.length)),
    sourceTime: source.time,
    make: () => inRenderSlot(() => renderRendition(source.file, request.size, request.format)),
  });
  return { data, type: IMAGE_TYPES[request.format], sourceTime: source.time };
}

/**
 * The modification time of the source a /_img URL path is made from, or null when there is none:
 * enough to tell whether something made from it is still current, without reading the rendition.
 */
export async function renditionSourceTime(
  urlPath: string,
  location: MediaLocation = defaultMediaLocation(),
): Promise<number | null> {
  const request = parseRenditionPath(urlPath);
  const source = request && (await findSource(location.publicDir, request.stem));
  return source ? source.time : null;
}

/**
 * The picture a /_img URL path (as renditionPath and cropPath make them) stands for: rendered on
 * its first request and kept, then read from the kept file until its source changes. Null when
 * the path is none those functions make or no source under public/images has its name.
 */
export async function renditionAt(
  urlPath: string,
  location: MediaLocation = defaultMediaLocation(),
): Promise<Rendition | null> {
  const request = parseRenditionPath(urlPath);
  return request ? make(request, urlPath, location) : null;
}
