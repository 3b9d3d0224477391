import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileResponse, requestedRange } from './file-response';

const MODIFIED = Date.parse('2026-11-30T10:00:00.500Z');
const FILE = {
  data: Buffer.from('0123456789'),
  type: 'image/jpeg',
  cacheControl: 'public, max-age=31536000, immutable',
  lastModified: MODIFIED,
};
const get = (headers: Record<string, string> = {}) =>
  fileResponse(new Request('http://127.0.0.1/og/ar/x.jpg', { headers }), FILE);

test('a plain request gets the whole file with its type, cache and date', async () => {
  const response = get();
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '0123456789');
  assert.equal(response.headers.get('content-type'), 'image/jpeg');
  assert.equal(response.headers.get('cache-control'), FILE.cacheControl);
  assert.equal(response.headers.get('last-modified'), 'Mon, 30 Nov 2026 10:00:00 GMT');
});

test('ranges: one is served, several or malformed get the whole file, none that fits is 416', async () => {
  const part = get({ range: 'bytes=2-4' });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-range'), 'bytes 2-4/10');
  assert.equal(await part.text(), '234');
  assert.equal(await get({ range: 'bytes=-3' }).text(), '789');
  assert.equal(await get({ range: 'bytes=8-' }).text(), '89');
  assert.equal(await get({ range: 'bytes=8-99' }).text(), '89');
  for (const range of ['bytes=5-1', 'bytes=999999999-', 'bytes=-0', 'bytes=10-']) {
    const refused = get({ range });
    assert.equal(refused.status, 416, range);
    assert.equal(refused.headers.get('content-range'), 'bytes */10', range);
    assert.equal(refused.headers.get('cache-control'), 'no-store', range);
  }
  for (const range of ['bytes=0-1,4-5', 'lines=1-2', 'bytes=a-b', 'bytes=-']) {
    assert.equal(get({ range }).status, 200, range);
  }
  // If-Range with another date: the file changed since the client's copy, so all of it.
  assert.equal(
    get({ range: 'bytes=2-4', 'if-range': 'Sun, 29 Nov 2026 10:00:00 GMT' }).status,
    200,
  );
  assert.equal(
    get({ range: 'bytes=2-4', 'if-range': 'Mon, 30 Nov 2026 10:00:00 GMT' }).status,
    206,
  );
});

test('preconditions: If-Match of a version and a change after If-Unmodified-Since are 412', () => {
  assert.equal(get({ 'if-match': '"nope"' }).status, 412);
  assert.equal(get({ 'if-match': '*' }).status, 200);
  assert.equal(get({ 'if-unmodified-since': 'Mon, 01 Jan 1990 00:00:00 GMT' }).status, 412);
  assert.equal(get({ 'if-unmodified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' }).status, 200);
  assert.equal(get({ 'if-unmodified-since': 'not a date' }).status, 200);
  // A precondition is checked before the range.
  assert.equal(get({ 'if-match': '"nope"', range: 'bytes=5-1' }).status, 412);
});

test('revalidation: unchanged since If-Modified-Since is 304 with no body', async () => {
  const unchanged = get({ 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' });
  assert.equal(unchanged.status, 304);
  assert.equal(await unchanged.text(), '');
  assert.equal(unchanged.headers.get('cache-control'), FILE.cacheControl);
  assert.equal(get({ 'if-modified-since': 'Sun, 29 Nov 2026 10:00:00 GMT' }).status, 200);
  // If-None-Match wins over the date, and no ETag of ours matches one.
  const withTag = { 'if-none-match': '"x"', 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' };
  assert.equal(get(withTag).status, 200);
});

test('requestedRange on an empty file has nothing to serve', () => {
  assert.equal(requestedRange('bytes=0-', 0), 'unsatisfiable');
  assert.equal(requestedRange('bytes=-5', 0), 'unsatisfiable');
  assert.equal(requestedRange(null, 0), 'whole');
});
