/** Requests to the probed processes: pages on kept-alive connections, /healthz on its own. */
import http from 'node:http';
import { CONNECTIONS } from './shared-build-settings';

export const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

export function get(port: number, address: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    body: string;
    cache: string;
    location?: string;
  }>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: address, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          cache: String(res.headers['x-nextjs-cache'] ?? ''),
          location: res.headers.location,
        }),
      );
      res.on('error', reject);
    });
    request.on('error', reject);
  });
}

export function health(port: number): Promise<{ status: number; lastChangeAt: string | null }> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { lastChangeAt?: string | null };
          resolve({ status: res.statusCode ?? 0, lastChangeAt: parsed.lastChangeAt ?? null });
        });
      })
      .on('error', () => resolve({ status: 0, lastChangeAt: null }));
  });
}
