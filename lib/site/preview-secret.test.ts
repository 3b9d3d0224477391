import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPreviewSecret } from './preview-secret';

test('only the configured secret opens a preview', () => {
  assert.equal(isPreviewSecret('s3cret-value', 's3cret-value'), true);
  assert.equal(isPreviewSecret('s3cret-valuX', 's3cret-value'), false);
  assert.equal(isPreviewSecret('s3cret', 's3cret-value'), false);
  assert.equal(isPreviewSecret(null, 's3cret-value'), false);
});

test('with no secret configured, nothing opens a preview, not even an empty guess', () => {
  assert.equal(isPreviewSecret('', undefined), false);
  assert.equal(isPreviewSecret('', ''), false);
  assert.equal(isPreviewSecret('anything', undefined), false);
});
