import { describe, expect, it } from 'vitest';
import { chartGeometry, maxChartMonths, monthsBetween, statusSeries, type ChartPromise } from '../../../src/lib/promises/status-chart.ts';

const promises: ChartPromise[] = [
  {
    made_on: '2026-01-10',
    history: [
      { status: 'open', changed_at: '2026-01-10T09:00:00+00:00' },
      { status: 'in_progress', changed_at: '2026-02-03T09:00:00+00:00' },
      { status: 'kept', changed_at: '2026-03-31T23:30:00+00:00' },
    ],
  },
  // No history yet: it counts as open from the month it was made.
  { made_on: '2026-02-20', history: [] },
  { made_on: '2026-03-01', history: [{ status: 'broken', changed_at: '2026-03-15T12:00:00+01:00' }] },
];

function counts(series: ReturnType<typeof statusSeries>) {
  return series.map((point) => [
    point.month,
    point.counts.open,
    point.counts.in_progress,
    point.counts.kept,
    point.counts.changed,
    point.counts.broken,
  ]);
}

describe('statusSeries', () => {
  it('counts each promise by its status at the end of every month, from the first promise to today', () => {
    expect(counts(statusSeries(promises, '2026-04-02'))).toEqual([
      ['2026-01', 1, 0, 0, 0, 0],
      ['2026-02', 1, 1, 0, 0, 0],
      ['2026-03', 1, 0, 1, 0, 1],
      ['2026-04', 1, 0, 1, 0, 1],
    ]);
  });

  it('has every promise in the last month', () => {
    const last = statusSeries(promises, '2026-04-02').at(-1);
    expect(Object.values(last?.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(promises.length);
  });

  it('is empty without promises and keeps only the latest months', () => {
    expect(statusSeries([], '2026-04-02')).toEqual([]);
    const series = statusSeries([{ made_on: '2020-01-01', history: [] }], '2026-04-02');
    expect(series).toHaveLength(maxChartMonths);
    expect(series.at(-1)?.month).toBe('2026-04');
  });

  it('walks months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});

describe('chartGeometry', () => {
  const series = statusSeries(promises, '2026-04-02');
  const geometry = chartGeometry(series, 400, 100);

  it('draws one bar per month inside the box', () => {
    expect(geometry.bars.map((bar) => bar.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    for (const bar of geometry.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(400);
    }
  });

  it('scales to the fullest month and stacks segments from the bottom up', () => {
    expect(geometry.max).toBe(3);
    const march = geometry.bars[2];
    expect(march?.segments.map((segment) => [segment.status, segment.count])).toEqual([
      ['open', 1],
      ['kept', 1],
      ['broken', 1],
    ]);
    const total = march?.segments.reduce((sum, segment) => sum + segment.height, 0) ?? 0;
    expect(total).toBeCloseTo(100, 1);
    expect(march?.segments[0]?.y).toBeCloseTo(66.67, 1);
    expect(march?.segments.at(-1)?.y).toBeCloseTo(0, 1);
    const january = geometry.bars[0];
    expect(january?.segments[0]?.height).toBeCloseTo(33.33, 1);
  });
});
