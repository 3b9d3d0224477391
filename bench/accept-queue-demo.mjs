// The README's "Load" section, reproduced without Next.js: a plain Node.js server that spends
// WORK_MS of CPU on each request and answers 90 KB. Under 200 fresh connections it accepts one
// per event-loop iteration; with YIELD_TO_IO=1 it first awaits a small file read, as a static file
// would, and accepts more often. Run it, then in another shell:
//   npx autocannon -c 200 -d 10 -t 30 http://127.0.0.1:3700/
// and watch the accepted count it prints each second (or `ss -ltn 'sport = :3700'`).
import { readFile } from 'node:fs/promises';
import http from 'node:http';

const body = Buffer.alloc(90_000, 'x');
const workMs = Number(process.env.WORK_MS ?? 2);
const yieldToIo = process.env.YIELD_TO_IO === '1';
let accepted = 0;

const server = http.createServer(async (_request, response) => {
  if (yieldToIo) await readFile(import.meta.filename);
  const end = performance.now() + workMs;
  while (performance.now() < end);
  response.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
  response.end(body);
});
server.on('connection', () => (accepted += 1));
setInterval(() => console.log(`accepted ${accepted}`), 1000).unref();
server.listen(Number(process.env.PORT ?? 3700), '127.0.0.1');
