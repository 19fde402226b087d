import { describe, expect, it } from 'vitest';
import { promiseStatuses } from '../../../src/lib/api/enums.ts';
import { promiseBadgeClass } from '../../../src/lib/promises/status-badge.ts';

describe('promiseBadgeClass', () => {
  it('gives every status its own NL Design System badge variant, broken the danger one', () => {
    const classes = promiseStatuses.map(promiseBadgeClass);
    expect(new Set(classes).size).toBe(promiseStatuses.length);
    expect(classes.every((name) => name.startsWith('utrecht-badge-status utrecht-badge-status--'))).toBe(true);
    expect(promiseBadgeClass('broken')).toBe('utrecht-badge-status utrecht-badge-status--danger');
  });
});
