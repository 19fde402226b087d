import { describe, expect, it } from 'vitest';
import { readChanges, sinceFor } from '../../../src/browser/project/changes.ts';

// The freshness notice's reading of the API without a browser. Its behaviour against the real API is proven in
// tests/e2e/project-stories.spec.ts; here, what it does with answers the real API would never give.

describe('sinceFor', () => {
  const builtAt = '2026-03-01T10:00:00.123456+00:00';

  it('asks since the build by default', () => {
    expect(sinceFor(builtAt, '')).toBe('2026-03-01T10:00:00.123Z');
  });

  it('asks since an earlier moment from the address, for "what changed since I last looked"', () => {
    expect(sinceFor(builtAt, '?since=2026-02-01T00:00:00Z')).toBe('2026-02-01T00:00:00.000Z');
  });

  it('never asks since a moment after the build, and ignores what is not a moment', () => {
    expect(sinceFor(builtAt, '?since=2027-01-01T00:00:00Z')).toBe('2026-03-01T10:00:00.123Z');
    expect(sinceFor(builtAt, '?since=%3Cscript%3E')).toBe('2026-03-01T10:00:00.123Z');
  });
});

describe('readChanges', () => {
  it('keeps valid changes in the API’s order and drops anything else', () => {
    const answer = {
      checked_at: '2026-03-02T00:00:00Z',
      changes: [
        { kind: 'promise', id: 'a', title: '<img src=x onerror=alert(1)>', status: 'kept' },
        { kind: 'script', id: 'b', title: 'x', status: null },
        { kind: 'decision', id: 'c', title: '', status: null },
        { kind: 'decision', id: 'd', title: 'Besluit', status: 7 },
        null,
        { kind: 'update', id: 'e', title: 'Nieuws', status: null },
      ],
    };
    expect(readChanges(answer)).toEqual([
      { kind: 'promise', id: 'a', title: '<img src=x onerror=alert(1)>', status: 'kept' },
      { kind: 'update', id: 'e', title: 'Nieuws', status: null },
    ]);
  });

  it('rejects an answer that is not a changes document', () => {
    expect(readChanges(null)).toBeUndefined();
    expect(readChanges({ code: 'PT404', message: 'nope' })).toBeUndefined();
    expect(readChanges('changes')).toBeUndefined();
  });
});
