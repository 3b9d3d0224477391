import { defaultMediaLocation, type MediaLocation } from './media-location';
import { renditionAt } from './renditions';

/**
 * Byte sizes of renditions by URL path, for the enclosures of feeds: each is rendered first if
 * no request has asked for it yet, so the size is that of the file the URL serves.
 */
export async function renditionSizes(
  urlPaths: Iterable<string>,
  location: MediaLocation = defaultMediaLocation(),
): Promise<Map<string, number>> {
  const unique = [...new Set(urlPaths)];
  const sizes = await Promise.all(
    unique.map(async (urlPath) => {
      const rendition = await renditionAt(urlPath, location);
      if (!rendition) {
        throw new Error(`${urlPath} is no rendition of a picture under public/images`);
      }
      return rendition.data.length;
    }),
  );
  return new Map(unique.map((urlPath, i) => [urlPath, sizes[i]!]));
}
