import http from 'node:http';

export interface RawResponse {
  status: number;
  location?: string;
  body: string;
}

/**
 * Sends a request line exactly as given: fetch() and URL would normalise `..`, `%2e` and
 * backslashes before they ever reach the server, which is what an attacker's client does not do.
 */
export function rawRequest(
  base: string,
  path: string,
  method = 'GET',
  timeoutMs = 15_000,
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path, method, headers: { connection: 'close' }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`timeout: ${method} ${path}`)));
    request.on('error', reject);
    request.end();
  });
}
