import type { PromiseStatus } from '../api/enums.ts';

/**
 * The NL Design System badge variant per promise status, the same wherever a promise is shown. The status is
 * always written out next to it too, so colour never carries the meaning alone.
 *
 * @example
 * promiseBadgeClass('broken') // => 'utrecht-badge-status utrecht-badge-status--danger'
 */
export function promiseBadgeClass(status: PromiseStatus): string {
  return `utrecht-badge-status utrecht-badge-status--${VARIANT[status]}`;
}

const VARIANT: Record<PromiseStatus, string> = {
  open: 'neutral',
  in_progress: 'active',
  kept: 'success',
  changed: 'warning',
  broken: 'danger',
};
