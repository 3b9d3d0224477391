import { statusResponse } from './status-page';

export interface FileAnswer {
  data: Buffer;
  type: string;
  cacheControl: string;
  /** When what the URL shows last changed, in ms; sent as Last-Modified. */
  lastModified: number;
}

/** HTTP dates have whole seconds: compared at that precision, a file is not newer than itself. */
const seconds = (ms: number) => Math.floor(ms / 1000);

function dateHeader(request: Request, name: string): number | null {
  const value = request.headers.get(name);
  const time = value === null ? NaN : Date.parse(value);
  return Number.isNaN(time) ? null : seconds(time);
}

type ByteRange = { start: number; end: number };

/**
 * The single byte range a Range header asks for; 'whole' when there is none, it is not in bytes,
 * it is malformed or it asks for several ranges (a server may ignore Range); 'unsatisfiable' when
 * no range of it fits the file, which is a 416.
 */
export function requestedRange(
  header: string | null,
  size: number,
): ByteRange | 'whole' | 'unsatisfiable' {
  const match = header === null ? null : /^bytes=(.+)$/i.exec(header.trim());
  if (!match) return 'whole';
  const specs = match[1]!.split(',').map((spec) => /^\s*(\d*)-(\d*)\s*$/.exec(spec));
  if (specs.some((spec) => !spec || (spec[1] === '' && spec[2] === ''))) return 'whole';
  const ranges = specs.flatMap((spec) => {
    const [, first, last] = spec!;
    if (first === '') {
      const suffix = Number(last);
      return suffix > 0 && size > 0 ? [{ start: Math.max(0, size - suffix), end: size - 1 }] : [];
    }
    const start = Number(first);
    const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    return start < size && start <= end ? [{ start, end }] : [];
  });
  if (ranges.length === 0) return 'unsatisfiable';
  return specs.length === 1 ? ranges[0]! : 'whole';
}

/**
 * A made file (rendition, card) answered as Next.js answers the files under public/: the
 * preconditions a client sends are honoured (412 when If-Match names a version, since no ETag is
 * sent, or the file changed after If-Unmodified-Since; 304 when unchanged since
 * If-Modified-Since), and one byte range is served (416 when it lies outside the file).
 */
export function fileResponse(request: Request, file: FileAnswer): Response {
  const modified = seconds(file.lastModified);
  const headers = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    'Last-Modified': new Date(modified * 1000).toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  const ifMatch = request.headers.get('if-match');
  if (ifMatch !== null) {
    if (ifMatch.trim() !== '*') return statusResponse(412);
  } else {
    const unmodifiedSince = dateHeader(request, 'if-unmodified-since');
    if (unmodifiedSince !== null && modified > unmodifiedSince) return statusResponse(412);
  }
  const ifNoneMatch = request.headers.get('if-none-match');
  const modifiedSince = ifNoneMatch === null ? dateHeader(request, 'if-modified-since') : null;
  if (ifNoneMatch?.trim() === '*' || (modifiedSince !== null && modified <= modifiedSince)) {
    return new Response(null, { status: 304, headers });
  }
  const ifRange = request.headers.get('if-range');
  const range =
    ifRange === null || dateHeader(request, 'if-range') === modified
      ? requestedRange(request.headers.get('range'), file.data.length)
      : 'whole';
  if (range === 'unsatisfiable') {
    const refused = statusResponse(416);
    refused.headers.set('Content-Range', `bytes */${file.data.length}`);
    return refused;
  }
  if (range === 'whole') return new Response(new Uint8Array(file.data), { headers });
  return new Response(new Uint8Array(file.data.subarray(range.start, range.end + 1)), {
    status: 206,
    headers: {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${file.data.length}`,
    },
  });
}
