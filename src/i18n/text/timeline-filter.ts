import type { TimelineFilter } from '../../lib/timeline/timeline-filters.ts';

// The words of the timeline's filter on the project page. Only its script makes the filter
// (src/browser/project/timeline-filter.ts), so they travel in that script, both languages, and not in every page's
// HTML; in their own file so that the script carries these and not the whole dictionary. The project page's
// dictionary includes them (project.ts): the timeline's kinds are also the build's words for them.

export const timelineFilterNl = {
  filterLegend: 'Laat zien',
  filterStatus: (shown: number, total: number) => `${shown} van ${total} onderdelen zichtbaar.`,
  timelineKind: {
    phase: 'Fasen',
    handover: 'Overdrachten',
    key_date: 'Momenten',
    decision: 'Besluiten',
    council_moment: 'Gemeenteraad',
    promise: 'Toezeggingen',
    update: 'Nieuws',
  } satisfies Record<TimelineFilter, string>,
};

export const timelineFilterEn: typeof timelineFilterNl = {
  filterLegend: 'Show',
  filterStatus: (shown: number, total: number) => `${shown} of ${total} items shown.`,
  timelineKind: {
    phase: 'Phases',
    handover: 'Handovers',
    key_date: 'Moments',
    decision: 'Decisions',
    council_moment: 'Council',
    promise: 'Promises',
    update: 'News',
  },
};
