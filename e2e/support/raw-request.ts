import http from 'node:http';

export interface RawResponse {
  status: number;
  location?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawOptions {
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

/**
 * Sends a request line exactly as given: fetch() and URL would normalise `..`, `%2e` and
 * backslashes before they ever reach the server, which is what an attacker's client does not do.
 * The path may also be `*` or an absolute-form target (`http://evil.example/ar`), and the method
 * anything Node.js can send (TRACE included).
 */
export function rawRequest(
  base: string,
  path: string,
  method = 'GET',
  { headers = {}, body, timeoutMs = 15_000 }: RawOptions = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        path,
        method,
        // Node.js sends a GET's body unframed unless told its length.
        headers: {
          connection: 'close',
          ...(body !== undefined && !headers['transfer-encoding']
            ? { 'content-length': String(Buffer.byteLength(body)) }
            : {}),
          ...headers,
        },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`timeout: ${method} ${path}`)));
    request.on('error', reject);
    request.end(body);
  });
}
