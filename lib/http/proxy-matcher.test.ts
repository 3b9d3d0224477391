import assert from 'node:assert/strict';
import { test } from 'node:test';
import { config } from '../../proxy';
import { REQUEST_BODY_HEADERS } from './request-body.mjs';

test('no proxy matcher takes a request with a body: next.config.mjs refuses those', () => {
  for (const matcher of config.matcher) {
    assert.deepEqual(matcher.missing, REQUEST_BODY_HEADERS, matcher.source);
  }
});
