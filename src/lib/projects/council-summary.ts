import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { buildCouncilMomentView, type CouncilMomentView } from '../council/council-moment-view.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

export interface CouncilSummaryView {
  roleLabel: string;
  roleMeaning: string;
  explanation: string | null;
  /** The next decision moment: the page links to it with its start and agenda item. */
  nextMoment: CouncilMomentView | null;
  /**
   * The outcomes that differ from what participation produced, with the council's own reasons (null only when the
   * council did not record them: the page then says the reasons are not known).
   */
  differing: CouncilMomentView[];
}

/**
 * The next decision moment: the first meeting of the council itself on or after the build day that has no outcome
 * yet, else the first one on or after that day (a moment today may already have an outcome). A committee meeting is
 * never it: a committee discusses and advises, only the council decides.
 *
 * @example
 * nextCouncilMoment(moments, '2026-03-01')?.meets_on // => '2026-05-12'
 */
export function nextCouncilMoment(moments: readonly TimelineCouncilMoment[], today: string): TimelineCouncilMoment | null {
  const coming = moments.filter((moment) => moment.meets_on >= today && moment.meeting_kind === 'council');
  return coming.find((moment) => moment.outcome === 'pending') ?? coming[0] ?? null;
}

/**
 * The council's part in a project: its role, the next decision moment and every outcome that differs from
 * what participation produced (the page must say so prominently, with the council's reasons).
 *
 * @example
 * buildCouncilSummary(parkingDoc, 'nl', new Date()).differing[0]?.councilReasons // => 'De raad wil ...'
 */
export function buildCouncilSummary(timeline: ProjectTimeline, locale: Locale, now: Date): CouncilSummaryView {
  const t = dictionaryFor(locale);
  const { project } = timeline;
  const next = nextCouncilMoment(timeline.council_moments, amsterdamDate(now.toISOString()));
  return {
    roleLabel: t.councilRole[project.council_role],
    roleMeaning: t.councilRoleMeaning[project.council_role],
    explanation: project.council_role_explanation,
    nextMoment: next === null ? null : buildCouncilMomentView(next, locale),
    differing: timeline.council_moments
      .filter((moment) => moment.differs_from_participation)
      .map((moment) => buildCouncilMomentView(moment, locale)),
  };
}
