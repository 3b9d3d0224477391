import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeJsonLd } from './structured-data';

test('serializeJsonLd keeps a hostile headline inside the script element', () => {
  const headline = '</script><script>alert(1)</script> & "quotes" \u2028';
  const json = serializeJsonLd({ headline });
  assert.doesNotMatch(json, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(json), { headline });
});
