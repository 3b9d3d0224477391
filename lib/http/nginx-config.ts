import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from './security-headers.mjs';

export interface NginxSite {
  /** nginx `listen` value for https, e.g. `443` or `127.0.0.1:4380`. */
  listen: string;
  /** nginx `listen` value for plain HTTP, which only redirects to https, e.g. `80`. */
  httpListen: string;
  /** Where the `next start` processes listen, e.g. `['127.0.0.1:3000', '127.0.0.1:3001']`. */
  upstreams: readonly string[];
  /** The public host name; requests for any other host get 421. */
  serverName: string;
  /** PEM files of the certificate (with its chain) and its private key. */
  certificate: string;
  certificateKey: string;
}

const NGINX_TEMPLATE = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf');

const SIMPLE_VALUE = /^[\w.:[\]-]+$/;
// No spaces, quotes, `;`, `{` or `$`: nothing that could end the directive or name a variable.
const FILE_PATH = /^[\w./-]+$/;

/** A double-quoted nginx string; `$` would start a variable and has no escape, so it is refused. */
function quoted(value: string): string {
  if (value.includes('$')) throw new Error(`nginx cannot send "${value}": it contains "$"`);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Host and port of the https address as a URL writes them: no port for 443. */
function httpsAuthority({ listen, serverName }: NginxSite): string {
  const port = /(?:^|:)(\d+)$/.exec(listen)?.[1];
  if (!port) throw new Error(`nginx listen "${listen}" names no port`);
  return port === '443' ? serverName : `${serverName}:${port}`;
}

/** deploy/nginx.conf with its placeholders filled: the site's ports, host and certificate. */
export function renderNginxConfig(
  site: NginxSite,
  template = readFileSync(NGINX_TEMPLATE, 'utf8'),
) {
  const { upstreams, ...rest } = site;
  if (upstreams.length === 0) throw new Error('nginx needs at least one upstream');
  for (const [name, value] of [
    ...Object.entries(rest),
    ...upstreams.map((upstream) => ['upstream', upstream] as const),
  ]) {
    const file = name === 'certificate' || name === 'certificateKey';
    if (!(file ? FILE_PATH : SIMPLE_VALUE).test(value)) {
      throw new Error(`nginx ${name} "${value}" is not a plain ${file ? 'path' : 'value'}`);
    }
  }
  const indent = (lines: string[], depth = 1) => lines.join(`\n${'    '.repeat(depth)}`);
  const values: Record<string, string> = {
    LISTEN: site.listen,
    HTTP_LISTEN: site.httpListen,
    UPSTREAM_SERVERS: indent(
      upstreams.map((upstream) => `server ${upstream} max_fails=1 fail_timeout=2s;`),
      2,
    ),
    SERVER_NAME: site.serverName,
    HTTPS_AUTHORITY: httpsAuthority(site),
    CERTIFICATE: site.certificate,
    CERTIFICATE_KEY: site.certificateKey,
    HIDE_UPSTREAM_SECURITY_HEADERS: indent(
      SECURITY_HEADERS.map(({ key }) => `proxy_hide_header ${key};`),
    ),
    ADD_SECURITY_HEADERS: indent(
      SECURITY_HEADERS.map(({ key, value }) => `add_header ${key} ${quoted(value)} always;`),
    ),
  };
  const config = template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`deploy/nginx.conf: unknown placeholder ${placeholder}`);
    return value;
  });
  return config;
}
