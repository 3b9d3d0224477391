import { fileResponse } from '@/lib/http/file-response';
import { mediaNotFound, RENDITION_CACHE_CONTROL } from '@/lib/media/cache-headers';
import { renditionAt } from '@/lib/media/renditions';

/** The answer to a request for a /_img URL path: the rendition, or a 404 no cache keeps. */
export async function renditionResponse(request: Request, urlPath: string): Promise<Response> {
  try {
    const rendition = await renditionAt(urlPath);
    if (rendition) {
      return fileResponse(request, {
        data: rendition.data,
        type: rendition.type,
        cacheControl: RENDITION_CACHE_CONTROL,
        lastModified: rendition.sourceTime,
      });
    }
  } catch (error) {
    // A file under public/images that is no picture: the content check names it for stories.
    console.error(`Could not render ${urlPath}:`, error);
  }
  return mediaNotFound();
}
