import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderNginxConfig } from './nginx-config';
import { SECURITY_HEADERS } from './security-headers.mjs';

const site = { listen: '127.0.0.1:3180', upstream: '127.0.0.1:3100', serverName: 'news.example' };

test('deploy/nginx.conf comes out with every placeholder filled', () => {
  const config = renderNginxConfig(site);
  assert.doesNotMatch(config, /\{\{\w+\}\}/);
  assert.match(config, /listen 127\.0\.0\.1:3180 default_server;/);
  assert.match(config, /server 127\.0\.0\.1:3100;/);
  assert.match(config, /server_name news\.example "";/);
});

test('nginx adds the same security headers as next.config.mjs, on every answer, once', () => {
  const config = renderNginxConfig(site);
  for (const { key, value } of SECURITY_HEADERS) {
    assert.ok(config.includes(`add_header ${key} "${value}" always;`), key);
    assert.ok(config.includes(`proxy_hide_header ${key};`), key);
  }
  assert.equal(config.match(/^\s*add_header /gm)?.length, SECURITY_HEADERS.length + 1);
});

test('values that would change the configuration are refused', () => {
  assert.throws(
    () => renderNginxConfig({ ...site, serverName: 'a; include /etc/passwd' }),
    /plain/,
  );
  assert.throws(() => renderNginxConfig({ ...site, upstream: '' }), /plain/);
  assert.throws(() => renderNginxConfig(site, 'listen {{PORT}};'), /unknown placeholder/);
});
