/**
 * The filter groups of the timeline, in the order the filter offers them. A promise's creation and its status
 * changes are one group, because a resident following promises wants both. A module of its own, with no imports:
 * the filter's script in the browser (src/browser/project/timeline-filter.ts) reads it too.
 */
export const timelineFilters = ['phase', 'handover', 'key_date', 'decision', 'council_moment', 'promise', 'update'] as const;
export type TimelineFilter = (typeof timelineFilters)[number];
