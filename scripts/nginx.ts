/**
 * nginx in front of `next start`, from deploy/nginx.conf:
 *   npx tsx scripts/nginx.ts config --listen 443 --http-listen 80 --upstream 127.0.0.1:3000 \
 *     --server-name example.org --certificate /etc/ssl/example.org.pem --key /etc/ssl/example.org.key
 *     prints the configuration;
 *   npx tsx scripts/nginx.ts run --listen 127.0.0.1:3180 --http-listen 127.0.0.1:3181 \
 *     --upstream 127.0.0.1:3100 [--upstream 127.0.0.1:3101 ...] --tls
 *     runs Debian's nginx in the foreground with its pid, logs, cache and temporary files in a
 *     fresh temporary folder, until SIGINT or SIGTERM; then stops it and removes the folder. With
 *     --tls (instead of --certificate and --key) it makes a throwaway self-signed certificate for
 *     127.0.0.1 and localhost in that folder. The e2e suite and the load test start it this way.
 *     `--static /path=FILE` (run only, for the benchmark) answers that one path with FILE, read
 *     from disk by nginx itself, in the same server block: nginx's own speed on the same bytes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxConfig } from '../lib/http/nginx-config';

const NGINX = process.env.NGINX_BIN ?? 'nginx';
const USAGE =
  'usage: tsx scripts/nginx.ts config|run --listen [HOST:]PORT --http-listen [HOST:]PORT ' +
  '--upstream HOST:PORT [--upstream HOST:PORT ...] [--server-name NAME] (--certificate FILE --key FILE | --tls, run only)';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    listen: { type: 'string' },
    'http-listen': { type: 'string' },
    // Once per `next start` process (README, Two servers).
    upstream: { type: 'string', multiple: true },
    'server-name': { type: 'string', default: '127.0.0.1' },
    certificate: { type: 'string' },
    key: { type: 'string' },
    tls: { type: 'boolean', default: false },
    static: { type: 'string', multiple: true },
  },
});
const [command] = positionals;
const throwaway = command === 'run' && values.tls && !values.certificate && !values.key;
if (
  (command !== 'config' && command !== 'run') ||
  !values.listen ||
  !values['http-listen'] ||
  !values.upstream?.length ||
  (!throwaway && (!values.certificate || !values.key || values.tls))
) {
  console.error(USAGE);
  process.exit(2);
}

/** `location = /path { alias FILE; }` for each --static, before the pages' location. */
function withStaticFiles(config: string): string {
  const locations = (values.static ?? []).map((entry) => {
    const [uri, file] = entry.split('=');
    if (!uri?.startsWith('/') || !file || /[\s;{}]/.test(uri + file)) {
      throw new Error(`--static wants /path=FILE without spaces, got "${entry}"`);
    }
    return `        location = ${uri} {\n            alias ${path.resolve(file)};\n            default_type text/html;\n        }\n`;
  });
  const pages = '        location / {\n';
  if (locations.length > 0 && !config.includes(pages)) {
    throw new Error('deploy/nginx.conf has no "location / {" to put --static before');
  }
  return config.replace(pages, locations.join('') + pages);
}

function render(certificate: string, certificateKey: string) {
  return renderNginxConfig({
    listen: values.listen!,
    httpListen: values['http-listen']!,
    upstreams: values.upstream!,
    serverName: values['server-name'],
    certificate,
    certificateKey,
  });
}

/** One day, RSA 2048, the names the tests use; nothing outside `folder` is written. */
function makeCertificate(folder: string) {
  const certificate = path.join(folder, 'certificate.pem');
  const key = path.join(folder, 'certificate.key');
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (openssl.status !== 0) {
    throw new Error(`openssl could not make a certificate: ${openssl.stderr || openssl.error}`);
  }
  return { certificate, key };
}

function run() {
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status !== 0) {
    console.error(`No nginx found ("${NGINX}"): apt-get install nginx, or set NGINX_BIN.`);
    process.exit(1);
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'alriwaq-nginx-'));
  const removePrefix = () => rmSync(prefix, { recursive: true, force: true });
  let config: string;
  try {
    const { certificate, key } = throwaway
      ? makeCertificate(prefix)
      : { certificate: values.certificate!, key: values.key! };
    config = withStaticFiles(render(certificate, key));
  } catch (error) {
    removePrefix();
    throw error;
  }
  // Run as root, nginx's workers drop to `nobody`, who must reach the cache and temporary folders
  // inside (the master reads the key before that).
  chmodSync(prefix, 0o755);
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  const args = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', file];
  const test = spawnSync(NGINX, [...args, '-t', '-q'], { stdio: 'inherit' });
  if (test.status !== 0) {
    removePrefix();
    process.exit(1);
  }
  const nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
  console.log(
    `nginx on https ${values.listen} and http ${values['http-listen']} → ` +
      `${values.upstream!.join(', ')} ` +
      `(prefix ${prefix})`,
  );
  const stop = () => nginx.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code, signal) => {
    removePrefix();
    process.exit(signal === 'SIGTERM' ? 0 : (code ?? 1));
  });
}

if (command === 'config') {
  process.stdout.write(render(values.certificate!, values.key!));
} else {
  run();
}
