import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidRouterState } from './router-state';

test('router states the Next.js client sends pass', () => {
  const tree = ['', { children: [['locale', 'ar', 'd', null], { children: ['__PAGE__', {}] }] }];
  assert.ok(isValidRouterState(encodeURIComponent(JSON.stringify(tree))));
  assert.ok(isValidRouterState(encodeURIComponent('["",{}]')));
});

test('garbage, broken encoding and the wrong shape fail', () => {
  for (const header of ['garbage', '%', '%E0', '[1]', '{}', '[]', '["",{"children":[1]}]']) {
    assert.equal(isValidRouterState(header), false, header);
  }
  assert.equal(isValidRouterState(encodeURIComponent(`["${'a'.repeat(40_001)}",{}]`)), false);
});
