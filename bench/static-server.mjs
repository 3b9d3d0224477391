#!/usr/bin/env node
/**
 * The throughput ceiling the bench compares with: one HTML file served from memory by Node's http module, with
 * no framework in the way. Usage: node bench/static-server.mjs <file.html> <port>
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [file, port = '3599'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/static-server.mjs <file.html> <port>');
  process.exit(2);
}
const body = readFileSync(file);
const headers = {
  'content-type': 'text/html; charset=utf-8',
  'content-length': String(body.length),
};

http
  .createServer((request, response) => {
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static ${file} on ${port}`));
