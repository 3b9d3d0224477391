import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from './security-headers.mjs';

export interface NginxSite {
  /** nginx `listen` value, e.g. `80` or `127.0.0.1:4380`. */
  listen: string;
  /** Where `next start` listens, e.g. `127.0.0.1:3000`. */
  upstream: string;
  /** The public host name; requests for any other host get 421. */
  serverName: string;
}

export const NGINX_TEMPLATE = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf');

const SIMPLE_VALUE = /^[\w.:[\]-]+$/;

/** A double-quoted nginx string; `$` would start a variable and has no escape, so it is refused. */
function quoted(value: string): string {
  if (value.includes('$')) throw new Error(`nginx cannot send "${value}": it contains "$"`);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** deploy/nginx.conf with its placeholders filled: the site's ports and host, and the headers. */
export function renderNginxConfig(
  site: NginxSite,
  template = readFileSync(NGINX_TEMPLATE, 'utf8'),
) {
  for (const [name, value] of Object.entries(site)) {
    if (!SIMPLE_VALUE.test(value)) throw new Error(`nginx ${name} "${value}" is not a plain value`);
  }
  const indent = (lines: string[]) => lines.join('\n    ');
  const values: Record<string, string> = {
    LISTEN: site.listen,
    UPSTREAM: site.upstream,
    SERVER_NAME: site.serverName,
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
