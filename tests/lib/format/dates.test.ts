import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMomentRange } from '../../../src/lib/format/dates.ts';

describe('formatDate', () => {
  it('writes a calendar date in words in both languages', () => {
    expect(formatDate('2026-03-05', 'nl')).toEqual({ datetime: '2026-03-05', text: '5 maart 2026' });
    expect(formatDate('2026-03-05', 'en')).toEqual({ datetime: '2026-03-05', text: '5 March 2026' });
  });

  it('refuses text that is not a date', () => {
    expect(() => formatDate('<script>', 'nl')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('shows the time on a clock in the Netherlands, in winter and in summer', () => {
    expect(formatDateTime('2026-01-15T18:30:00+00:00', 'nl').text).toBe('15 januari 2026, 19:30');
    expect(formatDateTime('2026-07-15T18:30:00.123456+00:00', 'en').text).toBe('15 July 2026, 20:30');
  });

  it('takes the day from the Dutch clock, not from UTC', () => {
    expect(formatDateTime('2026-03-05T23:30:00+00:00', 'nl').text).toBe('6 maart 2026, 00:30');
  });

  it('gives a datetime attribute that HTML accepts (at most milliseconds)', () => {
    expect(formatDateTime('2026-07-15T18:30:00.123456+00:00', 'nl').datetime).toBe('2026-07-15T18:30:00.123Z');
  });
});

describe('formatMomentRange', () => {
  it('shortens a range within one day', () => {
    expect(formatMomentRange('2026-03-05T18:30:00Z', '2026-03-05T20:00:00Z', 'nl')).toBe('5 maart 2026, 19:30–21:00');
  });

  it('writes both ends of a range over several days', () => {
    expect(formatMomentRange('2026-03-05T18:30:00Z', '2026-03-19T20:00:00Z', 'en')).toBe('5 March 2026, 19:30 – 19 March 2026, 21:00');
  });

  it('writes only the start when there is no end', () => {
    expect(formatMomentRange('2026-03-05T18:30:00Z', null, 'nl')).toBe('5 maart 2026, 19:30');
  });
});
