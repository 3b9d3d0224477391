import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPreviewable, isPublicAt, visibilityAt } from './visibility';

const now = new Date('2026-12-01T12:00:00+03:00');
const story = (
  overrides: Partial<{ draft: boolean; withdrawn: boolean; publishedAt: string }>,
) => ({
  draft: false,
  withdrawn: false,
  publishedAt: '2026-12-01T11:59:59+03:00',
  ...overrides,
});

test('a story dated now or earlier is public', () => {
  assert.equal(visibilityAt(story({}), now), 'public');
  assert.equal(visibilityAt(story({ publishedAt: '2026-12-01T12:00:00+03:00' }), now), 'public');
  assert.equal(visibilityAt(story({ publishedAt: '2001-01-01T00:00:00Z' }), now), 'public');
});

test('a story dated one second ahead is scheduled until that second', () => {
  const ahead = story({ publishedAt: '2026-12-01T12:00:01+03:00' });
  assert.equal(visibilityAt(ahead, now), 'scheduled');
  assert.equal(isPublicAt(ahead, now), false);
  assert.equal(visibilityAt(ahead, new Date('2026-12-01T09:00:01Z')), 'public');
});

test('offsets are honoured: the same instant written in two zones', () => {
  const inUtc = story({ publishedAt: '2026-12-01T09:30:00Z' });
  const inBaghdad = story({ publishedAt: '2026-12-01T12:30:00+03:00' });
  assert.equal(visibilityAt(inUtc, now), visibilityAt(inBaghdad, now));
  assert.equal(visibilityAt(inUtc, now), 'scheduled');
});

test('a draft never publishes, whatever its date', () => {
  assert.equal(
    visibilityAt(story({ draft: true, publishedAt: '2001-01-01T00:00:00Z' }), now),
    'draft',
  );
  assert.equal(visibilityAt(story({ draft: true, withdrawn: true }), now), 'draft');
});

test('a withdrawn story that was public answers as withdrawn; one never public does not say so', () => {
  assert.equal(visibilityAt(story({ withdrawn: true }), now), 'withdrawn');
  assert.equal(
    visibilityAt(story({ withdrawn: true, publishedAt: '2027-01-01T00:00:00Z' }), now),
    'scheduled',
  );
});

test('editors preview drafts and scheduled stories, never withdrawn ones', () => {
  assert.equal(isPreviewable(story({ draft: true })), true);
  assert.equal(isPreviewable(story({ publishedAt: '2027-01-01T00:00:00Z' })), true);
  assert.equal(isPreviewable(story({ withdrawn: true })), false);
});
