// What marks a request as carrying a body: a Content-Length other than 0, or any
// Transfer-Encoding. Plain JavaScript for next.config.mjs; the proxy's matcher (read statically by
// Next.js, so it cannot import this) spells the same conditions out, and a unit test keeps them
// equal.
export const REQUEST_BODY_HEADERS = [
  { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
  { type: 'header', key: 'transfer-encoding' },
];
