import http from 'node:http';
import https from 'node:https';

export interface Answer {
  status: number;
  body: string;
}

/** One GET, on a connection of its own; nginx's throwaway certificate is accepted on purpose. */
export function get(url: string, timeoutMs = 10_000): Promise<Answer> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent: false, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', reject);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`${url}: no answer`)));
    request.on('error', reject);
  });
}
