import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { meetingTime } from '../council/meeting.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

/** A council outcome that differs from the participation outcome, with the council's own reasons. */
export interface DifferingOutcomeView {
  id: string;
  meetsOn: FormattedTime;
  agendaItem: string;
  outcomeLabel: string;
  outcomeSummary: string | null;
  /** Null only when the council did not record its reasons; the page then says the reasons are not known. */
  councilReasons: string | null;
  effectOnPromises: string | null;
  lang: LocalizedFields<'agenda_item' | 'outcome_summary' | 'council_reasons' | 'effect_on_promises'>['lang'];
}

export interface CouncilSummaryView {
  roleLabel: string;
  roleMeaning: string;
  explanation: string | null;
  nextMoment: { id: string; meetsOn: FormattedTime; agendaItem: string; agendaItemLang: Locale | undefined; body: string } | null;
  differing: DifferingOutcomeView[];
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
    nextMoment:
      next === null ? null : nextMomentView(next, locale),
    differing: timeline.council_moments
      .filter((moment) => moment.differs_from_participation)
      .map((moment) => {
        const c = localizeFields(moment, ['agenda_item', 'outcome_summary', 'council_reasons', 'effect_on_promises'], locale);
        return {
          id: moment.id,
          meetsOn: formatDate(moment.meets_on, locale),
          agendaItem: c.text.agenda_item,
          outcomeLabel: t.councilOutcome[moment.outcome],
          outcomeSummary: c.text.outcome_summary,
          councilReasons: c.text.council_reasons,
          effectOnPromises: c.text.effect_on_promises,
          lang: c.lang,
        };
      }),
  };
}

function nextMomentView(moment: TimelineCouncilMoment, locale: Locale): NonNullable<CouncilSummaryView['nextMoment']> {
  const c = localizeFields(moment, ['agenda_item', 'body'], locale);
  return { id: moment.id, meetsOn: meetingTime(moment, locale), agendaItem: c.text.agenda_item, agendaItemLang: c.lang.agenda_item, body: c.text.body };
}
