import { getArticleById } from '@/lib/content';
import { getLivePageById } from '@/lib/content/live';
import { liveCardFacts } from '@/lib/og/live-card';
import { liveModified } from '@/lib/seo/live-seo';
import { fileResponse } from '@/lib/http/file-response';
import {
  CURRENT_CARD_CACHE_CONTROL,
  mediaNotFound,
  OLDER_CARD_CACHE_CONTROL,
} from '@/lib/media/cache-headers';
import { articleCardFacts, homeCardFacts } from '@/lib/og/card-facts';
import { articleCardImage, homeCardImage } from '@/lib/og/og-card-image';
import { ogLabels } from '@/lib/og/og-labels';
import {
  articleCardVersion,
  homeCardVersion,
  OG_TYPE,
  parseOgPath,
  type OgCardRequest,
} from '@/lib/og/og-paths';

/** The current card for the request and its version; null when no reader may see the story. */
async function currentCard(request: OgCardRequest) {
  const labels = await ogLabels(request.locale);
  if (request.kind === 'home') {
    const card = homeCardFacts(request.locale, labels);
    return { version: homeCardVersion(card), image: () => homeCardImage(card), editedAt: 0 };
  }
  if (request.kind === 'live') {
    const page = await getLivePageById(request.locale, request.id);
    if (!page) return null;
    const card = await liveCardFacts(page);
    return {
      version: articleCardVersion(card),
      image: () => articleCardImage(card),
      editedAt: Date.parse(liveModified(page)),
    };
  }
  const article = await getArticleById(request.locale, request.id);
  if (!article) return null;
  const card = articleCardFacts(article, labels);
  return {
    version: articleCardVersion(card),
    image: () => articleCardImage(card),
    editedAt: Date.parse(article.updatedAt ?? article.publishedAt),
  };
}

/**
 * The answer to a request under /og: the card of a story readers may see, for ever at its
 * current version's URL. An older version's URL (a share made before an edit) gets the current
 * card for five minutes rather than a redirect: a 301 is kept by browsers and CDNs with no end,
 * would point at a URL the next edit makes old in its turn, and some preview fetchers do not
 * follow redirects for images. Unknown, draft, scheduled and withdrawn stories are 404 for no
 * longer than the request.
 */
export async function ogCardResponse(
  request: Request,
  segments: readonly string[],
): Promise<Response> {
  const wanted = parseOgPath(segments);
  if (!wanted) return mediaNotFound();
  try {
    const card = await currentCard(wanted);
    if (!card) return mediaNotFound();
    const image = await card.image();
    return fileResponse(request, {
      data: image.data,
      type: OG_TYPE,
      cacheControl:
        card.version === wanted.version ? CURRENT_CARD_CACHE_CONTROL : OLDER_CARD_CACHE_CONTROL,
      // What the card shows changes with an edit of the story or its picture. A home card's
      // texts ship with the build, so its picture is all that changes while the server runs.
      lastModified: Math.max(image.pictureTime, card.editedAt),
    });
  } catch (error) {
    // A picture removed after the story was published, a headline no budget fits: logged with
    // the card it stopped, and answered like a card that does not exist.
    console.error(`Could not draw the Open Graph card /og/${segments.join('/')}:`, error);
    return mediaNotFound();
  }
}
