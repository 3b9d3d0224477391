import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContentClock, RENDER_GRACE_MS } from './content-clock';

const T = Date.parse('2026-12-01T09:00:00Z');

test('nothing has changed on a new clock', () => {
  assert.equal(new ContentClock().lastChangeAt(T), Number.NEGATIVE_INFINITY);
});

test('a change counts from when it was noticed, and again after the render grace', () => {
  const clock = new ContentClock();
  clock.noteChange(T);
  assert.equal(clock.lastChangeAt(T - 1), Number.NEGATIVE_INFINITY);
  assert.equal(clock.lastChangeAt(T), T);
  assert.equal(clock.lastChangeAt(T + RENDER_GRACE_MS - 1), T);
  assert.equal(clock.lastChangeAt(T + RENDER_GRACE_MS), T + RENDER_GRACE_MS);
  assert.equal(clock.lastChangeAt(T + 3_600_000), T + RENDER_GRACE_MS);
});

test('a later change replaces an earlier one; an older report never moves the clock back', () => {
  const clock = new ContentClock();
  clock.noteChange(T);
  clock.noteChange(T + 10_000);
  clock.noteChange(T + 5_000);
  assert.equal(clock.lastChangeAt(T + 60_000), T + 10_000 + RENDER_GRACE_MS);
});

test('a scheduled story changes the site at its time, with nobody acting', () => {
  const clock = new ContentClock();
  clock.noteChange(T);
  const due = T + 20_000;
  clock.setPublishTimes([due, T - 86_400_000]);
  assert.equal(clock.lastChangeAt(due - 1), T + RENDER_GRACE_MS);
  assert.equal(clock.lastChangeAt(due), due);
  assert.equal(clock.lastChangeAt(due + RENDER_GRACE_MS), due + RENDER_GRACE_MS);
});

test('publication times may come in any order', () => {
  const clock = new ContentClock();
  clock.setPublishTimes([T + 3, T + 1, T + 2]);
  assert.equal(clock.lastChangeAt(T + 2), T + 2);
});
