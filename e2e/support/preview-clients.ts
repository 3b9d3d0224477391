import createMetascraper from 'metascraper';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import metascraperTitle from 'metascraper-title';
import metascraperUrl from 'metascraper-url';
import ogs from 'open-graph-scraper';
import { unfurl } from 'unfurl.js';

/** What a link preview shows: the fields each client extracted from our page. */
export interface Preview {
  title?: string;
  description?: string;
  url?: string;
  image?: string;
}

/** User agents of the platforms that fetch shared links, plus one Next.js cannot know. */
export const PREVIEW_USER_AGENTS = {
  browser:
    'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36',
  facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  whatsapp: 'WhatsApp/2.23.20.0',
  telegram: 'TelegramBot (like TwitterBot)',
  unknownBot: 'QuillPreviewBot/0.3 (+https://bots.example/quill)',
} as const;

const metascraper = createMetascraper([
  metascraperTitle(),
  metascraperDescription(),
  metascraperImage(),
  metascraperUrl(),
]);

export async function previewWithOpenGraphScraper(
  url: string,
  userAgent: string,
): Promise<Preview> {
  const { result, error } = await ogs({
    url,
    fetchOptions: { headers: { 'user-agent': userAgent } },
  });
  if (error) throw new Error(`open-graph-scraper failed for ${url}`);
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    url: result.ogUrl,
    image: result.ogImage?.[0]?.url,
  };
}

export async function previewWithUnfurl(url: string, userAgent: string): Promise<Preview> {
  const metadata = await unfurl(url, { headers: { 'user-agent': userAgent }, oembed: false });
  return {
    title: metadata.open_graph?.title,
    description: metadata.open_graph?.description,
    url: metadata.open_graph?.url ?? metadata.canonical_url,
    image: metadata.open_graph?.images?.[0]?.url,
  };
}

/** metascraper works on HTML its caller fetched, as link-preview services use it. */
export async function previewWithMetascraper(url: string, userAgent: string): Promise<Preview> {
  const response = await fetch(url, { headers: { 'user-agent': userAgent } });
  const html = await response.text();
  const metadata = await metascraper({ html, url });
  return {
    title: metadata.title ?? undefined,
    description: metadata.description ?? undefined,
    url: metadata.url ?? undefined,
    image: metadata.image ?? undefined,
  };
}

export const PREVIEW_CLIENTS = {
  'open-graph-scraper': previewWithOpenGraphScraper,
  'unfurl.js': previewWithUnfurl,
  metascraper: previewWithMetascraper,
} as const;
