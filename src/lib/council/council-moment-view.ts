import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { CouncilOutcome } from '../api/enums.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import { localizeFields, type LocalizedFields, type Translatable } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';
import { meetingKindNote, meetingTime } from './meeting.ts';

// A council moment (an agenda item of a meeting of the council or one of its committees about one project) in words
// of the reader's language: the meeting, the agenda item, the proposal and the outcome, and where the council's
// decision differs from what participation produced, its reasons and the effect on promises. The one view of a
// council moment that the project page, the project's council page, the council page of all projects, the
// catch-up (join page and welcome mail), the feeds and the notice mails read; each adds what only it shows (its
// motions, a marker, its project) around it, and says which of its texts it shows where it announces the ones an
// English reader gets in Dutch (untranslatedAmong).

export interface CouncilMomentView {
  id: string;
  /** Its element id on the project page and on the project's council page (src/lib/records/anchors.ts). */
  anchor: string;
  lang: LocalizedFields<CouncilMomentText>['lang'];
  /** The start of the meeting: date and time where the time is known. */
  when: FormattedTime;
  /** The day of the meeting. */
  meetsOn: FormattedTime;
  /** Committee or council, said after the body's name where that name does not say it (meeting.ts). */
  kindNote: string | null;
  body: string;
  agendaItem: string;
  /** Null only where the source has none: a notice mail tells the outcome alone. */
  proposal: string | null;
  outcome: CouncilOutcome;
  outcomeLabel: string;
  outcomeSummary: string | null;
  differsFromParticipation: boolean;
  councilReasons: string | null;
  effectOnPromises: string | null;
  sourceUrl: string | null;
  /** True when an English reader gets some of its texts in Dutch. */
  untranslated: boolean;
}

/** The texts of a council moment that staff write, and may write an English version of. */
export type CouncilMomentText = 'body' | 'agenda_item' | 'proposal' | 'outcome_summary' | 'council_reasons' | 'effect_on_promises';

/** What a council moment needs to be told: a notice mail's outcome carries the meeting's day and the outcome alone. */
type CouncilMomentFields = Pick<
  TimelineCouncilMoment,
  'id' | 'meets_on' | 'body' | 'agenda_item' | 'outcome' | 'differs_from_participation' | 'council_reasons'
> &
  Partial<Pick<TimelineCouncilMoment, 'starts_at' | 'meeting_kind' | 'proposal' | 'effect_on_promises' | 'source_url'>> & {
    outcome_summary: string | null;
  } & Translatable;

/**
 * A council moment in words of the chosen language.
 *
 * @example
 * buildCouncilMomentView(moment, 'nl').when.text // => '12 mei 2026, 19:30'
 */
export function buildCouncilMomentView(moment: CouncilMomentFields, locale: Locale): CouncilMomentView {
  const t = dictionaryFor(locale);
  const c = localizeFields(moment, ['body', 'agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'], locale);
  return {
    id: moment.id,
    anchor: recordAnchor('council-moment', moment.id),
    lang: c.lang,
    when: meetingTime({ meets_on: moment.meets_on, starts_at: moment.starts_at ?? null }, locale),
    meetsOn: formatDate(moment.meets_on, locale),
    kindNote: moment.meeting_kind === undefined ? null : meetingKindNote(c.text.body, moment.meeting_kind, locale),
    body: c.text.body,
    agendaItem: c.text.agenda_item,
    proposal: c.text.proposal,
    outcome: moment.outcome,
    outcomeLabel: t.councilOutcome[moment.outcome],
    outcomeSummary: c.text.outcome_summary,
    differsFromParticipation: moment.differs_from_participation,
    councilReasons: c.text.council_reasons,
    effectOnPromises: c.text.effect_on_promises,
    sourceUrl: moment.source_url ?? null,
    untranslated: c.untranslated,
  };
}
