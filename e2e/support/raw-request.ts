import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

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

// nginx's certificate in the tests is a throwaway self-signed one (scripts/nginx.ts run --tls).
const insecure = { rejectUnauthorized: false };

/** A socket to the server of `base`, over TLS for https, for requests written byte by byte. */
export function connect(base: string): net.Socket {
  const { protocol, hostname, port } = new URL(base);
  return protocol === 'https:'
    ? tls.connect({ host: hostname, port: Number(port), ...insecure })
    : net.connect(Number(port), hostname);
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
  const { protocol, hostname, port } = new URL(base);
  const secure = protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      {
        ...(secure ? insecure : {}),
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
