import { describe, expect, it } from 'vitest';
import { keptRate } from '../../../src/lib/promises/kept-rate.ts';

describe('keptRate', () => {
  it('divides the kept promises by the settled ones: kept, changed and broken', () => {
    expect(keptRate(['kept', 'kept', 'broken', 'changed', 'open', 'in_progress'])).toEqual({
      kept: 2,
      settled: 4,
      total: 6,
      percent: 50,
    });
  });

  it('rounds to a whole percent', () => {
    expect(keptRate(['kept', 'kept', 'broken']).percent).toBe(67);
    expect(keptRate(['kept', 'broken', 'broken']).percent).toBe(33);
  });

  it('gives no percentage while nothing is settled, rather than 0%', () => {
    expect(keptRate(['open', 'in_progress'])).toEqual({ kept: 0, settled: 0, total: 2, percent: null });
    expect(keptRate([])).toEqual({ kept: 0, settled: 0, total: 0, percent: null });
  });

  it('counts a changed promise as settled but not kept', () => {
    expect(keptRate(['changed']).percent).toBe(0);
    expect(keptRate(['kept']).percent).toBe(100);
  });
});
