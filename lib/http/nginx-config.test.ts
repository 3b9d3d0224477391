import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderNginxConfig } from './nginx-config';
import { SECURITY_HEADERS } from './security-headers.mjs';

const site = {
  listen: '127.0.0.1:3180',
  httpListen: '127.0.0.1:3181',
  upstreams: ['127.0.0.1:3100'],
  serverName: 'news.example',
  certificate: '/etc/ssl/news.example/fullchain.pem',
  certificateKey: '/etc/ssl/news.example/privkey.pem',
};

test('deploy/nginx.conf comes out with every placeholder filled', () => {
  const config = renderNginxConfig(site);
  assert.doesNotMatch(config, /\{\{\w+\}\}/);
  assert.match(config, /listen 127\.0\.0\.1:3180 ssl http2 default_server;/);
  assert.match(config, /listen 127\.0\.0\.1:3181 default_server;/);
  assert.match(config, /^ {8}server 127\.0\.0\.1:3100 max_fails=1 fail_timeout=2s;$/m);
  assert.match(config, /server_name news\.example "";/);
  assert.match(config, /ssl_certificate \/etc\/ssl\/news\.example\/fullchain\.pem;/);
  assert.match(config, /ssl_certificate_key \/etc\/ssl\/news\.example\/privkey\.pem;/);
});

test('plain HTTP redirects to the configured host, with the port unless it is 443', () => {
  assert.match(renderNginxConfig(site), /return 301 https:\/\/news\.example:3180\$request_uri;/);
  assert.match(
    renderNginxConfig({ ...site, listen: '443', httpListen: '80' }),
    /return 301 https:\/\/news\.example\$request_uri;/,
  );
  assert.throws(() => renderNginxConfig({ ...site, listen: 'localhost' }), /names no port/);
});

test('nginx adds the same security headers as next.config.mjs, on every answer, once', () => {
  const config = renderNginxConfig(site);
  for (const { key, value } of SECURITY_HEADERS) {
    assert.ok(config.includes(`add_header ${key} "${value}" always;`), key);
    assert.ok(config.includes(`proxy_hide_header ${key};`), key);
  }
  // Besides them: Strict-Transport-Security, Allow and X-Cache-Status.
  assert.equal(config.match(/^\s*add_header /gm)?.length, SECURITY_HEADERS.length + 3);
});

test('two servers: both in the upstream, and a request that fails on one is asked of the other', () => {
  const config = renderNginxConfig({ ...site, upstreams: ['127.0.0.1:3100', '127.0.0.1:3101'] });
  const upstream = /upstream next \{([^}]*)\}/.exec(config)?.[1] ?? '';
  assert.deepEqual(
    upstream.match(/^\s*server .*$/gm)?.map((line) => line.trim()),
    [
      'server 127.0.0.1:3100 max_fails=1 fail_timeout=2s;',
      'server 127.0.0.1:3101 max_fails=1 fail_timeout=2s;',
    ],
  );
  assert.match(upstream, /keepalive \d+;/);
  assert.match(config, /proxy_next_upstream error timeout http_502 http_503 http_504;/);
  assert.match(config, /proxy_connect_timeout 1s;/);
  // The health answer is never stored.
  assert.match(config, /location = \/healthz \{[^}]*proxy_cache off;[^}]*\}/);
});

test('values that would change the configuration are refused', () => {
  assert.throws(
    () => renderNginxConfig({ ...site, serverName: 'a; include /etc/passwd' }),
    /plain value/,
  );
  assert.throws(() => renderNginxConfig({ ...site, upstreams: [''] }), /plain value/);
  assert.throws(
    () => renderNginxConfig({ ...site, upstreams: ['127.0.0.1:3100', '127.0.0.1:1; include x'] }),
    /plain value/,
  );
  assert.throws(() => renderNginxConfig({ ...site, upstreams: [] }), /at least one upstream/);
  assert.throws(
    () => renderNginxConfig({ ...site, certificate: '/etc/ssl/a.pem; include /etc/passwd' }),
    /plain path/,
  );
  assert.throws(
    () => renderNginxConfig({ ...site, certificateKey: '$document_root' }),
    /plain path/,
  );
  assert.throws(() => renderNginxConfig(site, 'listen {{PORT}};'), /unknown placeholder/);
});
