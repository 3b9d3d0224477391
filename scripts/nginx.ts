/**
 * nginx in front of `next start`, from deploy/nginx.conf:
 *   npx tsx scripts/nginx.ts config --listen 80 --upstream 127.0.0.1:3000 --server-name example.org
 *     prints the configuration;
 *   npx tsx scripts/nginx.ts run --listen 127.0.0.1:3180 --upstream 127.0.0.1:3100
 *     runs Debian's nginx in the foreground with its pid, logs and temporary files in a fresh
 *     temporary folder, until SIGINT or SIGTERM; then stops it and removes the folder. The e2e
 *     suite starts it this way (playwright.config.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxConfig } from '../lib/http/nginx-config';

const NGINX = process.env.NGINX_BIN ?? 'nginx';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    listen: { type: 'string' },
    upstream: { type: 'string' },
    'server-name': { type: 'string', default: '127.0.0.1' },
  },
});
const [command] = positionals;
if ((command !== 'config' && command !== 'run') || !values.listen || !values.upstream) {
  console.error(
    'usage: tsx scripts/nginx.ts config|run --listen [HOST:]PORT --upstream HOST:PORT [--server-name NAME]',
  );
  process.exit(2);
}
const config = renderNginxConfig({
  listen: values.listen,
  upstream: values.upstream,
  serverName: values['server-name'],
});

if (command === 'config') {
  process.stdout.write(config);
} else {
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status !== 0) {
    console.error(`No nginx found ("${NGINX}"): apt-get install nginx, or set NGINX_BIN.`);
    process.exit(1);
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'alriwaq-nginx-'));
  // Run as root, nginx's workers drop to `nobody`, who must reach the temporary folders inside.
  chmodSync(prefix, 0o755);
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  const args = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', file];
  const test = spawnSync(NGINX, [...args, '-t', '-q'], { stdio: 'inherit' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    process.exit(1);
  }
  const nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
  console.log(`nginx on ${values.listen} → ${values.upstream} (prefix ${prefix})`);
  const stop = () => nginx.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code, signal) => {
    rmSync(prefix, { recursive: true, force: true });
    process.exit(signal === 'SIGTERM' ? 0 : (code ?? 1));
  });
}
