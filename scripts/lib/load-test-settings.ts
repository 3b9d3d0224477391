/** The load test's settings (LOAD_* variables) and the limits it holds the server to. */
import path from 'node:path';

export const PORT = Number(process.env.LOAD_PORT ?? 3600);
export const THROUGH_NGINX = process.env.LOAD_THROUGH_NGINX === '1';
// nginx takes this port for https and the next one for plain HTTP.
export const NGINX_PORT = Number(process.env.LOAD_NGINX_PORT ?? PORT + 80);
export const BASE = THROUGH_NGINX ? `https://127.0.0.1:${NGINX_PORT}` : `http://127.0.0.1:${PORT}`;
export const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
export const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
export const MEMORY_SLACK_MB = 50;
// V8 grows its heap to the load it meets and keeps it a while: the idle figure is taken after a
// warm-up pass at full concurrency long enough for the heap to reach its working size (three
// seconds a target left it 80 MB short), so that what the check sees after the run is growth.
export const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
// The short run in `npm test` asserts zero errors only; the memory check needs the full run.
export const CHECK_MEMORY = process.env.LOAD_CHECK_MEMORY !== '0';
// A request still unanswered after this long counts as a timeout (an error).
export const TIMEOUT_SECONDS = 30;
export const root = path.resolve(import.meta.dirname, '..', '..');
