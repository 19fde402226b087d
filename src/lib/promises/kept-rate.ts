import type { PromiseStatus } from '../api/enums.ts';

/** The statuses in which a promise is settled: the municipality did it, changed it (and said why) or broke it. */
export const settledStatuses: readonly PromiseStatus[] = ['kept', 'changed', 'broken'];

export interface KeptRate {
  kept: number;
  settled: number;
  total: number;
  /** Whole percent of settled promises that were kept; null while nothing is settled (no 0% for a new project). */
  percent: number | null;
}

/**
 * The kept-rate: kept / (kept + changed + broken). Promises that are open or in progress are left out, because
 * nobody can yet say whether they will be kept; counting them would make a young project look bad and an old
 * one look good. A changed promise counts as not kept: the resident got something else than was promised,
 * even when the change was explained. The pages state this definition next to the figure.
 *
 * @example
 * keptRate(['kept', 'kept', 'broken', 'open']) // => { kept: 2, settled: 3, total: 4, percent: 67 }
 */
export function keptRate(statuses: readonly PromiseStatus[]): KeptRate {
  const kept = statuses.filter((status) => status === 'kept').length;
  const settled = statuses.filter((status) => settledStatuses.includes(status)).length;
  return { kept, settled, total: statuses.length, percent: settled === 0 ? null : Math.round((kept / settled) * 100) };
}
