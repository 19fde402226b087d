import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { Phase, ProjectPerson, ProjectTimeline } from '../api/project-timeline.ts';
import type { TimelinePromise } from '../api/promise.ts';
import { personRoles } from '../api/enums.ts';
import { buildCatchUp } from '../catch-up/catch-up.ts';
import { buildExpectations, type ExpectationsView } from '../expectations/expectations-card.ts';
import { recordAnchor, recordMarker, type RecordMarkerView } from '../history/record-marker.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { renderMarkdownOnServer } from '../markdown/render-on-server.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';
import { anchorId, buildTimeline, type TimelineView } from '../timeline/timeline-view.ts';
import { buildCouncilSummary, type CouncilSummaryView } from './council-summary.ts';
import { buildWho, type WhoView } from './people-summary.ts';
import { keyDateView, type KeyDateView } from './key-date-view.ts';
import { personView, type PersonView } from './person-view.ts';
import { buildYouSaidWeDid, type InputThemeView } from './you-said-we-did.ts';

export type { PersonView, RecordMarkerView };

/** A record on the page with its markers: changed since it first went public, published without a second check. */
export interface Marked {
  marker: RecordMarkerView;
}

export interface Fact {
  label: string;
  value: string;
  /** True for text from the database (in the organisation's language), false for text of the page's language. */
  isContent: boolean;
}

export interface RoleHolderView extends PersonView {
  roleLabel: string;
  period: string;
  current: boolean;
}

export interface PhaseView extends Marked {
  id: string;
  anchor: string;
  title: string;
  kindLabel: string;
  period: string;
  isCurrent: boolean;
  levelLabel: string;
  levelPromise: string;
  openForInput: string;
  fixedFrames: string;
  timeAsked: string;
  resultsExpected: string;
  resultsExpectedOn: FormattedTime | null;
  department: string;
  contact: PersonView | null;
}

export interface DecisionView extends Marked {
  id: string;
  title: string;
  decidedOn: FormattedTime;
  decidedBy: string;
  decision: string;
  rationale: string;
  inputUsed: string;
  sourceUrl: string | null;
}

export interface PromiseView extends Marked {
  id: string;
  body: string;
  status: ProjectTimeline['promises'][number]['status'];
  statusLabel: string;
  madeBy: string;
  madeOn: FormattedTime;
  context: string;
  dueOn: FormattedTime | null;
  isOverdue: boolean;
  /** Why the promise has its current status, from its latest history entry. */
  explanation: string | null;
  evidenceUrl: string | null;
  /** Every public status change, oldest first. */
  history: PromiseHistoryView[];
}

export interface PromiseHistoryView {
  statusLabel: string;
  changedOn: FormattedTime;
  changedBy: string;
  explanation: string | null;
  evidenceUrl: string | null;
}

export interface GroupView extends Marked {
  name: string;
  note: string;
}

export interface GroupsView {
  involved: GroupView[];
  gaps: GroupView[];
}

/** A record that was withdrawn: its notice stays on the page. */
export interface WithdrawnView {
  heading: string;
  when: string;
  reason: string;
  href: string;
}

export interface InvestmentView {
  meetingsHeld: string;
  participantHours: string | null;
  /** Formatted in euros; null when the municipality does not publish the budget. */
  budget: string | null;
  budgetNote: string | null;
}

export interface LessonView extends Marked {
  id: string;
  categoryLabel: string;
  title: string;
  lesson: string;
  recordedOn: FormattedTime;
}

/**
 * The late joiner's summary on the project page: counts (from the same catch-up the join page and the welcome
 * mail show, src/lib/catch-up) and in-page links to what they need first.
 */
export interface CatchUpView {
  decisions: number;
  openPromises: number;
  influenceHref: string | null;
}

/** The way in for a late joiner: the join page, shown prominently while the project runs. */
export interface JoinView {
  href: string;
  prominent: boolean;
}

export interface CouncilMomentView extends Marked {
  id: string;
  meetsOn: FormattedTime;
  body: string;
  agendaItem: string;
  proposal: string;
  outcomeLabel: string;
  outcomeSummary: string | null;
  differsFromParticipation: boolean;
  councilReasons: string | null;
  effectOnPromises: string | null;
  sourceUrl: string | null;
}

export interface UpdateView extends Marked {
  id: string;
  title: string;
  publishedOn: FormattedTime;
  /** The Markdown body as sanitised HTML, headings from h4 (the update's title is an h3). */
  bodyHtml: string;
}

export interface ProjectPageView {
  slug: string;
  title: string;
  summary: string;
  facts: Fact[];
  phases: PhaseView[];
  people: RoleHolderView[];
  decisions: DecisionView[];
  promises: PromiseView[];
  council: { roleLabel: string; roleMeaning: string; explanation: string | null; moments: CouncilMomentView[] };
  /** Newest first. */
  updates: UpdateView[];
  keyDates: Array<KeyDateView & Marked>;
  /** Build time: the moment the page's "now" stands for and the freshness island asks changes since. */
  builtAt: string;
  expectations: ExpectationsView | null;
  who: WhoView;
  councilSummary: CouncilSummaryView;
  timeline: TimelineView;
  inputThemes: Array<InputThemeView & Marked>;
  groups: GroupsView;
  /** The project itself: changed after it first went public, published without a second check. */
  marker: RecordMarkerView;
  withdrawn: WithdrawnView[];
  changesHref: string;
  investment: InvestmentView;
  lessons: LessonView[];
  catchUp: CatchUpView;
  join: JoinView;
  feedHref: string;
  calendarHref: string;
}

/**
 * Everything the plain project page shows, in words of the chosen language, from one project_timeline document.
 *
 * @example
 * buildProjectPage(timeline, 'nl').phases.find((phase) => phase.isCurrent)?.levelLabel // => 'Raadplegen'
 */
export function buildProjectPage(timeline: ProjectTimeline, locale: Locale): ProjectPageView {
  const t = dictionaryFor(locale);
  const { project } = timeline;
  // The document's own clock, not the build machine's: "now" on the page is when the database answered.
  const now = new Date(timeline.generated_at);
  const numbers = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const euros = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
  const expectations = buildExpectations(timeline, locale, now);
  const catchUp = buildCatchUp(timeline, locale, amsterdamDate(timeline.generated_at));
  const date = (value: string) => formatDate(value, locale);
  const period = (from: string, until: string | null) =>
    until === null ? `${t.project.from} ${date(from).text}` : `${date(from).text} – ${date(until).text}`;
  const marker = (kind: Parameters<typeof recordMarker>[0], record: Parameters<typeof recordMarker>[1]) =>
    recordMarker(kind, record, project.slug, locale);
  const changesHref = pathFor({ page: 'projectChanges', slug: project.slug }, locale);

  return {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    facts: [
      { label: t.project.theme, value: project.theme, isContent: true },
      { label: t.project.area, value: project.area, isContent: true },
      { label: t.project.status, value: t.projectStatus[project.status], isContent: false },
      { label: t.project.period, value: period(project.starts_on, project.ends_on), isContent: false },
    ],
    phases: timeline.phases.map((phase: Phase) => ({
      id: phase.id,
      anchor: anchorId('phase', phase.id),
      title: phase.title,
      kindLabel: t.phaseKind[phase.kind],
      period: period(phase.starts_on, phase.ends_on),
      isCurrent: phase.is_current === true,
      levelLabel: t.participationLevel[phase.participation_level],
      levelPromise: t.participationPromise[phase.participation_level],
      openForInput: phase.open_for_input,
      fixedFrames: phase.fixed_frames,
      timeAsked: phase.time_asked,
      resultsExpected: phase.results_expected,
      resultsExpectedOn: phase.results_expected_on === null ? null : date(phase.results_expected_on),
      department: phase.department,
      contact: phase.contact && personView(phase.contact),
      marker: marker('phase', phase),
    })),
    people: orderPeople(timeline.people).map((person) => ({
      ...personView(person),
      roleLabel: t.personRole[person.role],
      period:
        person.until === null
          ? `${t.project.since} ${date(person.since).text}`
          : `${date(person.since).text} ${t.project.until} ${date(person.until).text}`,
      current: person.until === null,
    })),
    decisions: timeline.decisions.map((decision) => ({
      id: decision.id,
      title: decision.title,
      decidedOn: date(decision.decided_on),
      decidedBy: decision.decided_by,
      decision: decision.decision,
      rationale: decision.rationale,
      inputUsed: decision.input_used,
      sourceUrl: decision.source_url,
      marker: marker('decision', decision),
    })),
    promises: timeline.promises.map((promise) => {
      const latest = promise.history.at(-1);
      return {
        id: promise.id,
        body: promise.body,
        status: promise.status,
        statusLabel: t.promiseStatus[promise.status],
        madeBy: promise.made_by,
        madeOn: date(promise.made_on),
        context: promise.context,
        dueOn: promise.due_on === null ? null : date(promise.due_on),
        isOverdue: promise.is_overdue,
        explanation: latest?.status === promise.status ? latest.explanation : null,
        evidenceUrl: latest?.status === promise.status ? latest.evidence_url : null,
        history: promiseHistory(promise, locale),
        marker: marker('promise', promise),
      };
    }),
    council: {
      roleLabel: t.councilRole[project.council_role],
      roleMeaning: t.councilRoleMeaning[project.council_role],
      explanation: project.council_role_explanation,
      moments: timeline.council_moments.map((moment) => ({
        id: moment.id,
        meetsOn: date(moment.meets_on),
        body: moment.body,
        agendaItem: moment.agenda_item,
        proposal: moment.proposal,
        outcomeLabel: t.councilOutcome[moment.outcome],
        outcomeSummary: moment.outcome_summary,
        differsFromParticipation: moment.differs_from_participation,
        councilReasons: moment.council_reasons,
        effectOnPromises: moment.effect_on_promises,
        sourceUrl: moment.source_url,
        marker: marker('council_moment', moment),
      })),
    },
    updates: [...timeline.updates].reverse().map((update) => ({
      id: update.id,
      title: update.title,
      publishedOn: formatDateTime(update.published_at, locale),
      bodyHtml: renderMarkdownOnServer(update.body_md, 4),
      marker: marker('update', update),
    })),
    keyDates: timeline.key_dates.map((keyDate) => ({ ...keyDateView(keyDate, locale), marker: marker('key_date', keyDate) })),
    builtAt: timeline.generated_at,
    expectations,
    who: buildWho(timeline, locale),
    councilSummary: buildCouncilSummary(timeline, locale, now),
    timeline: buildTimeline(timeline, locale, now),
    inputThemes: buildYouSaidWeDid(timeline).map((theme, index) => {
      const source = timeline.input_themes[index];
      return { ...theme, marker: marker('input_theme', source ?? { id: theme.id, version: 1, revised_at: null, self_approved: false }) };
    }),
    groups: {
      involved: timeline.groups.filter((group) => group.status === 'involved').map((group) => ({ name: group.name, note: group.note, marker: marker('group', group) })),
      gaps: timeline.groups.filter((group) => group.status === 'gap').map((group) => ({ name: group.name, note: group.note, marker: marker('group', group) })),
    },
    marker: marker('project', project),
    withdrawn: timeline.withdrawn.map((item) => ({
      heading: t.history.withdrawn.item(t.recordKind[item.kind], item.title ?? ''),
      when: t.history.withdrawn.when(formatDateTime(item.withdrawn_at, locale).text),
      reason: item.reason ?? t.history.withdrawn.noReason,
      href: `${changesHref}#${recordAnchor(item.kind, item.id)}`,
    })),
    changesHref,
    investment: {
      meetingsHeld: numbers.format(project.investment.meetings_held),
      participantHours: project.investment.participant_hours === null ? null : numbers.format(project.investment.participant_hours),
      budget: project.investment.budget_eur === null ? null : euros.format(project.investment.budget_eur),
      budgetNote: project.investment.budget_note,
    },
    lessons: timeline.lessons.map((lesson) => ({
      id: lesson.id,
      categoryLabel: t.lessonCategory[lesson.category],
      title: lesson.title,
      lesson: lesson.lesson,
      recordedOn: date(lesson.recorded_on),
      marker: marker('lesson', lesson),
    })),
    catchUp: {
      decisions: catchUp.decisions.length,
      openPromises: catchUp.promises.open.length,
      influenceHref: expectations === null ? null : '#expectations',
    },
    join: { href: catchUp.project.joinPath, prominent: project.status === 'running' },
    feedHref: pathFor({ page: 'projectFeed', slug: project.slug }, locale),
    calendarHref: pathFor({ page: 'projectCalendar', slug: project.slug }, locale),
  };
}

/**
 * A promise's public history in words, oldest first; the date is the day in the Netherlands.
 *
 * @example
 * promiseHistory(promise, 'en').map((entry) => entry.statusLabel) // => ['Open', 'In progress', 'Kept']
 */
export function promiseHistory(promise: TimelinePromise, locale: Locale): PromiseHistoryView[] {
  const t = dictionaryFor(locale);
  return promise.history.map((entry) => ({
    statusLabel: t.promiseStatus[entry.status],
    changedOn: formatDate(amsterdamDate(entry.changed_at), locale),
    changedBy: entry.changed_by,
    explanation: entry.explanation,
    evidenceUrl: entry.evidence_url,
  }));
}

/** Current role holders first, in the order contact, project lead, alderman; then earlier holders, latest first. */
function orderPeople(people: readonly ProjectPerson[]): ProjectPerson[] {
  const rank = (person: ProjectPerson) => personRoles.indexOf(person.role);
  return [...people].sort((a, b) => {
    if ((a.until === null) !== (b.until === null)) return a.until === null ? -1 : 1;
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    return a.since < b.since ? 1 : a.since > b.since ? -1 : 0;
  });
}
