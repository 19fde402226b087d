import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { KeyDate, Phase, ProjectTimeline } from '../api/project-timeline.ts';
import { localizeFields, sectionNotice, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate, formatMomentRange, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { phaseCouncilRole, type PhaseCouncilRoleView } from '../council/phase-council-role.ts';

export interface NextMomentView {
  id: string;
  kindLabel: string;
  title: string;
  when: string;
  startsAt: string;
  titleLang: Locale | undefined;
}

/** What a resident can expect in the phase the project is in: the card above the timeline. */
export interface ExpectationsView {
  phaseId: string;
  phaseTitle: string;
  phaseKindLabel: string;
  /** True when no phase has started yet and the card describes the first one. */
  notStartedYet: boolean;
  levelLabel: string;
  levelPromise: string;
  openForInput: string;
  fixedFrames: string;
  timeAsked: string;
  /** The hours in words ("about 1.5 hours"), when the phase gives a number. */
  timeAskedHours: string | null;
  resultsExpected: string;
  resultsExpectedOn: FormattedTime | null;
  nextMoment: NextMomentView | null;
  /** The council's role in this phase, and the motions and amendments about it. */
  council: PhaseCouncilRoleView;
  /** The lang attributes of the phase's texts (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'open_for_input' | 'fixed_frames' | 'time_asked' | 'results_expected'>['lang'];
  /** Said once on the card when an English reader gets some of it in Dutch. */
  notice: string | null;
}

/**
 * The phase a resident should read about: the current one, or the first when none has started yet.
 *
 * @example
 * expectationPhase([{ is_current: false, ... }, { is_current: true, title: 'Plan', ... }])?.title // => 'Plan'
 */
export function expectationPhase(phases: readonly Phase[]): { phase: Phase; notStartedYet: boolean } | null {
  const current = phases.find((phase) => phase.is_current === true);
  if (current) return { phase: current, notStartedYet: false };
  // is_current is null for every phase while none has started; false means the project has phases in the past.
  const first = phases[0];
  if (first && phases.every((phase) => phase.is_current === null)) return { phase: first, notStartedYet: true };
  return null;
}

/**
 * The next published moment to take part that has not ended at `now` (key dates come ordered by start).
 *
 * @example
 * nextKeyDate(keyDates, new Date('2026-03-01'))?.title // => 'Inloopavond'
 */
export function nextKeyDate(keyDates: readonly KeyDate[], now: Date): KeyDate | null {
  const time = now.getTime();
  return keyDates.find((keyDate) => new Date(keyDate.ends_at ?? keyDate.starts_at).getTime() >= time) ?? null;
}

/**
 * The expectations card of a project at the moment `now` (the build), or null when the project has no phase
 * to describe (phases all in the past without a current one cannot happen: the last started phase is current).
 *
 * @example
 * buildExpectations(doc, 'nl', new Date())?.levelPromise // => 'Wij vragen uw mening en wegen die mee. ...'
 */
export function buildExpectations(timeline: ProjectTimeline, locale: Locale, now: Date): ExpectationsView | null {
  const found = expectationPhase(timeline.phases);
  if (!found) return null;
  const { phase, notStartedYet } = found;
  const t = dictionaryFor(locale);
  const next = nextKeyDate(timeline.key_dates, now);
  const c = localizeFields(phase, ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected'], locale);
  const nextTitle = next === null ? null : localizeFields(next, ['title'], locale);
  // The motions link to where they are in full: the project's council page.
  const councilPage = pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, locale);
  const council = phaseCouncilRole(
    phase,
    timeline.project,
    timeline.motions.filter((motion) => motion.phase_id === phase.id),
    locale,
    councilPage,
  );
  const hours =
    phase.time_asked_hours === null ? null : new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(phase.time_asked_hours);
  return {
    phaseId: phase.id,
    phaseTitle: c.text.title,
    lang: c.lang,
    notice: sectionNotice(locale, [
      c,
      nextTitle,
      council,
      ...council.motions.map((motion) => ({ untranslated: motion.titleLang !== undefined })),
    ]),
    phaseKindLabel: t.phaseKind[phase.kind],
    notStartedYet,
    levelLabel: t.participationLevel[phase.participation_level],
    levelPromise: t.participationPromise[phase.participation_level],
    openForInput: c.text.open_for_input,
    fixedFrames: c.text.fixed_frames,
    timeAsked: c.text.time_asked,
    timeAskedHours: hours === null ? null : t.project.hours(hours),
    resultsExpected: c.text.results_expected,
    resultsExpectedOn: phase.results_expected_on === null ? null : formatDate(phase.results_expected_on, locale),
    nextMoment:
      next === null
        ? null
        : {
            id: next.id,
            kindLabel: t.keyDateKind[next.kind],
            title: nextTitle?.text.title ?? next.title,
            titleLang: nextTitle?.lang.title,
            when: formatMomentRange(next.starts_at, next.ends_at, locale),
            startsAt: formatDateTime(next.starts_at, locale).datetime,
          },
    council,
  };
}
