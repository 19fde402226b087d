import { promiseStatuses, type PromiseStatus } from '../api/enums.ts';

// The chart of promise statuses over time, computed at build time and drawn as inline SVG: no chart library
// and no JavaScript reach the browser.

/** What the chart needs of a promise: when it was made and its public status history, oldest first. */
export interface ChartPromise {
  made_on: string;
  history: ReadonlyArray<{ status: PromiseStatus; changed_at: string }>;
}

/** The number of promises per status at the end of one month. */
export interface ChartPoint {
  /** 'YYYY-MM' */
  month: string;
  counts: Record<PromiseStatus, number>;
}

/** Enough to show a trend on a phone screen; older months are left out of the chart (not out of the list). */
export const maxChartMonths = 24;

/**
 * The status of every promise at the end of each month, from the month the first promise was made up to the
 * month of `today` (at most maxChartMonths, the latest ones). A promise counts from the month it was made; until
 * its first history entry it counts as open. Month ends are taken in UTC: a change in the last hour of a month
 * in Amsterdam may land in the next bar, which does not change the trend the chart shows.
 *
 * @example
 * statusSeries([{ made_on: '2026-01-10', history: [{ status: 'kept', changed_at: '2026-02-03T10:00:00Z' }] }], '2026-02-20')
 * // => [{ month: '2026-01', counts: { open: 1, ... } }, { month: '2026-02', counts: { kept: 1, ... } }]
 */
export function statusSeries(promises: readonly ChartPromise[], today: string): ChartPoint[] {
  if (promises.length === 0) return [];
  const first = promises.reduce((earliest, promise) => (promise.made_on < earliest ? promise.made_on : earliest), today);
  const months = monthsBetween(first.slice(0, 7), today.slice(0, 7)).slice(-maxChartMonths);
  return months.map((month) => {
    const end = monthEnd(month);
    const counts = Object.fromEntries(promiseStatuses.map((status) => [status, 0])) as Record<PromiseStatus, number>;
    for (const promise of promises) {
      if (Date.parse(`${promise.made_on}T00:00:00Z`) >= end) continue;
      let status: PromiseStatus = 'open';
      for (const entry of promise.history) {
        if (Date.parse(entry.changed_at) < end) status = entry.status;
      }
      counts[status] += 1;
    }
    return { month, counts };
  });
}

/** Every 'YYYY-MM' from `from` to `to`, inclusive; empty when `from` is later. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The first instant after a month, in milliseconds since the epoch (UTC). */
function monthEnd(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, monthNumber, 1);
}

export interface ChartBar {
  month: string;
  x: number;
  width: number;
  segments: Array<{ status: PromiseStatus; y: number; height: number; count: number }>;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The largest number of promises in any month: the top of the scale. */
  max: number;
  bars: ChartBar[];
}

/**
 * Stacked bars for the series in a `width` × `height` box: one bar per month, one segment per status with
 * promises, in the order of promiseStatuses from the bottom up. Heights are proportional to the counts.
 */
export function chartGeometry(series: readonly ChartPoint[], width: number, height: number): ChartGeometry {
  const totals = series.map((point) => promiseStatuses.reduce((sum, status) => sum + point.counts[status], 0));
  const max = Math.max(0, ...totals);
  const slot = series.length === 0 ? 0 : width / series.length;
  const barWidth = slot * 0.7;
  const bars = series.map((point, index) => {
    let top = height;
    const segments = promiseStatuses
      .filter((status) => point.counts[status] > 0)
      .map((status) => {
        const segmentHeight = max === 0 ? 0 : (point.counts[status] / max) * height;
        top -= segmentHeight;
        return { status, y: round(top), height: round(segmentHeight), count: point.counts[status] };
      });
    return { month: point.month, x: round(index * slot + (slot - barWidth) / 2), width: round(barWidth), segments };
  });
  return { width, height, max, bars };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
