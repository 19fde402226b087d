import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { Phase, ProjectPerson, ProjectTimeline } from '../api/project-timeline.ts';
import { personRoles } from '../api/enums.ts';
import { buildCatchUp } from '../catch-up/catch-up.ts';
import { buildExpectations, type ExpectationsView } from '../expectations/expectations-card.ts';
import { changesAnchor, recordMarker, type RecordMarkerView } from '../history/record-marker.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { renderMarkdownOnServer } from '../markdown/render-on-server.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';
import { recordAnchor } from '../records/anchors.ts';
import { buildTimeline, type TimelineView } from '../timeline/timeline-view.ts';
import {
  localizeFields,
  localizeOptional,
  sectionNotice,
  untranslatedAmong,
  type LocalizedFields,
  type Translatable,
} from '../content-language/localize.ts';
import { buildCouncilMomentView, type CouncilMomentView } from '../council/council-moment-view.ts';
import { buildCouncilLetterView, type CouncilLetterView } from '../council/council-letter-view.ts';
import { buildDecisionView, type DecisionView } from '../decisions/decision-view.ts';
import { buildLessonView, type LessonView } from '../lessons/lesson-view.ts';
import { buildPromiseView, type PromiseView } from '../promises/promise-view.ts';
import { groupBy, motionLine, type MotionLineView } from '../council/motion-view.ts';
import { phaseCouncilRole, type PhaseCouncilRoleView } from '../council/phase-council-role.ts';
import { buildCouncilSummary, type CouncilSummaryView } from './council-summary.ts';
import { buildWho, type WhoView } from './people-summary.ts';
import { buildKeyDateView, type KeyDateView } from './key-date-view.ts';
import { buildPersonView, type PersonView } from './person-view.ts';
import { buildYouSaidWeDid, type InputThemeView } from './you-said-we-did.ts';

export type { PersonView, RecordMarkerView };

/** A record on the page with its markers: changed since it first went public, published without a second check. */
export interface Marked {
  marker: RecordMarkerView;
}

/**
 * The lang attribute of each text field of a record, keyed by the API's field name: 'nl' where an English page
 * shows the Dutch text because there is no English version (src/lib/content-language), absent otherwise.
 */
export type ContentLang<F extends string> = LocalizedFields<F>['lang'];

export interface Fact {
  label: string;
  value: string;
  /** The lang attribute of the value: 'nl' for Dutch text standing in on an English page. */
  lang: Locale | undefined;
}

export interface RoleHolderView extends PersonView {
  roleLabel: string;
  period: string;
  current: boolean;
}

export interface PhaseView extends Marked {
  id: string;
  lang: ContentLang<'title' | 'open_for_input' | 'fixed_frames' | 'time_asked' | 'results_expected' | 'department'>;
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
  /** The council's role in this phase, and the motions and amendments about it. */
  council: PhaseCouncilRoleView;
}

/** A promise on a page of the project (this one, and its council page): the one promise view with its markers. */
export type MarkedPromiseView = PromiseView & Marked;
/** A decision on the project page: the one decision view with its markers. */
export type MarkedDecisionView = DecisionView & Marked;
/** A lesson on the project page: the one lesson view with its markers. */
export type MarkedLessonView = LessonView & Marked;

export interface GroupView extends Marked {
  name: string;
  note: string;
  lang: ContentLang<'name' | 'note'>;
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
  budgetNoteLang: Locale | undefined;
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

/**
 * A council moment on the project page, in short: the page shows when, where, the agenda item and the outcome, and
 * each motion in one line. The rest (the proposal, the council's reasons, the motions in full with the votes per
 * party) is on the project's council page, so the project page still arrives in one round trip.
 */
export interface CouncilMomentLineView extends CouncilMomentView {
  /** Each motion and amendment of this agenda item: a link to it on the council page, and its result. */
  motions: MotionLineView[];
}

/** The texts of a council moment the project page shows, and so announces when an English reader gets them in Dutch. */
const momentLineTexts = ['body', 'agenda_item'] as const;

/** A council information letter on the project page: the day it was sent and its title, a link to it in full. */
export interface CouncilLetterLineView extends CouncilLetterView {
  /** The letter in full on the project's council page. */
  href: string;
}

export interface UpdateView extends Marked {
  id: string;
  /** Its element id on the project page (src/lib/records/anchors.ts). */
  anchor: string;
  title: string;
  lang: ContentLang<'title' | 'body_md'>;
  publishedOn: FormattedTime;
  /** The Markdown body as sanitised HTML, headings from h4 (the update's title is an h3). */
  bodyHtml: string;
}

/**
 * Per section of the page, the notice that some of its text is shown in Dutch for want of an English version;
 * null where there is nothing to say. Once per section, so a reader is told without it repeating on every record.
 */
export interface UntranslatedNotices {
  about: string | null;
  phases: string | null;
  decisions: string | null;
  inputThemes: string | null;
  promises: string | null;
  council: string | null;
  investment: string | null;
  keyDates: string | null;
  updates: string | null;
  groups: string | null;
  lessons: string | null;
}

export interface ProjectPageView {
  slug: string;
  title: string;
  summary: string;
  /** The lang attributes of the project's own texts. */
  lang: ContentLang<'title' | 'summary' | 'council_role_explanation'>;
  notices: UntranslatedNotices;
  facts: Fact[];
  phases: PhaseView[];
  people: RoleHolderView[];
  decisions: MarkedDecisionView[];
  promises: MarkedPromiseView[];
  council: {
    roleLabel: string;
    roleMeaning: string;
    explanation: string | null;
    explanationLang: Locale | undefined;
    moments: CouncilMomentLineView[];
    /** Raadsinformatiebrieven, in the order of the API (by the day they were sent). */
    letters: CouncilLetterLineView[];
    /** The project's council page: everything the council did and was told in the project, in full. */
    href: string;
  };
  /** Newest first. */
  updates: UpdateView[];
  keyDates: Array<KeyDateView & Marked>;
  /** Build time: the moment the page's "now" stands for and the freshness notice asks changes since. */
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
  /** The project's participation report (page; it links to the Word document). */
  reportHref: string;
  investment: InvestmentView;
  lessons: MarkedLessonView[];
  catchUp: CatchUpView;
  join: JoinView;
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
  const councilHref = pathFor({ page: 'projectCouncil', slug: project.slug }, locale);
  const own = localizeFields(project, ['title', 'summary', 'theme', 'area', 'council_role_explanation'], locale);
  const budgetNote = localizeOptional(
    // The budget note is a column of the project that the API nests under investment; its translation is the project's.
    { budget_note: project.investment.budget_note, translations: (project as Translatable).translations },
    'budget_note',
    locale,
  );
  const motionsByPhase = groupBy(timeline.motions, (motion) => motion.phase_id);
  const motionsByMoment = groupBy(timeline.motions, (motion) => motion.council_moment_id);
  const phases = timeline.phases.map((phase: Phase) => {
    const c = localizeFields(phase, ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected', 'department'], locale);
    const council = phaseCouncilRole(phase, project, motionsByPhase.get(phase.id) ?? [], locale, councilHref);
    const view: PhaseView = {
      id: phase.id,
      anchor: recordAnchor('phase', phase.id),
      title: c.text.title,
      lang: c.lang,
      kindLabel: t.phaseKind[phase.kind],
      period: period(phase.starts_on, phase.ends_on),
      isCurrent: phase.is_current === true,
      levelLabel: t.participationLevel[phase.participation_level],
      levelPromise: t.participationPromise[phase.participation_level],
      openForInput: c.text.open_for_input,
      fixedFrames: c.text.fixed_frames,
      timeAsked: c.text.time_asked,
      resultsExpected: c.text.results_expected,
      resultsExpectedOn: phase.results_expected_on === null ? null : date(phase.results_expected_on),
      department: c.text.department,
      contact: phase.contact && buildPersonView(phase.contact, locale),
      council,
      marker: marker('phase', phase),
    };
    return {
      view,
      untranslated: c.untranslated || council.untranslated || council.motions.some((motion) => motion.titleLang !== undefined),
    };
  });
  const decisions = timeline.decisions.map((decision) => {
    const view = { ...buildDecisionView(decision, locale), marker: marker('decision', decision) };
    return { view, untranslated: view.untranslated };
  });
  const promises = timeline.promises.map((promise) => {
    const view: MarkedPromiseView = { ...buildPromiseView(promise, locale), marker: marker('promise', promise) };
    return { view, untranslated: view.untranslated };
  });
  const moments = timeline.council_moments.map((moment) => {
    const motions = (motionsByMoment.get(moment.id) ?? []).map((motion) => motionLine(motion, locale, councilHref));
    const view: CouncilMomentLineView = { ...buildCouncilMomentView(moment, locale), motions };
    return {
      view,
      untranslated: untranslatedAmong(view.lang, momentLineTexts) || motions.some((motion) => motion.titleLang !== undefined),
    };
  });
  const letters = timeline.council_letters.map((letter) => {
    const letterView = buildCouncilLetterView(letter, locale);
    const view: CouncilLetterLineView = { ...letterView, href: `${councilHref}#${letterView.anchor}` };
    // The page shows a letter's title only, and so announces only that.
    return { view, untranslated: untranslatedAmong(view.lang, ['title']) };
  });
  const updates = [...timeline.updates].reverse().map((update) => {
    const c = localizeFields(update, ['title', 'body_md'], locale);
    const view: UpdateView = {
      id: update.id,
      anchor: recordAnchor('update', update.id),
      title: c.text.title,
      lang: c.lang,
      publishedOn: formatDateTime(update.published_at, locale),
      bodyHtml: renderMarkdownOnServer(c.text.body_md, 4),
      marker: marker('update', update),
    };
    return { view, untranslated: c.untranslated };
  });
  const keyDates = timeline.key_dates.map((keyDate) => ({ ...buildKeyDateView(keyDate, locale), marker: marker('key_date', keyDate) }));
  const groups = timeline.groups.map((group) => {
    const c = localizeFields(group, ['name', 'note'], locale);
    return {
      status: group.status,
      view: { name: c.text.name, note: c.text.note, lang: c.lang, marker: marker('group', group) },
      untranslated: c.untranslated,
    };
  });
  const lessons = timeline.lessons.map((lesson) => {
    const view = { ...buildLessonView(lesson, locale), marker: marker('lesson', lesson) };
    return { view, untranslated: view.untranslated };
  });
  const inputThemes = buildYouSaidWeDid(timeline, locale);
  const views = <V>(items: Array<{ view: V }>) => items.map((item) => item.view);

  return {
    slug: project.slug,
    title: own.text.title,
    summary: own.text.summary,
    lang: own.lang,
    notices: {
      about: sectionNotice(locale, [{ untranslated: own.untranslated }]),
      phases: sectionNotice(locale, phases),
      decisions: sectionNotice(locale, decisions),
      inputThemes: sectionNotice(locale, inputThemes),
      promises: sectionNotice(locale, promises),
      council: sectionNotice(locale, [...moments, ...letters, { untranslated: own.lang.council_role_explanation !== undefined }]),
      investment: sectionNotice(locale, [budgetNote]),
      keyDates: sectionNotice(locale, keyDates),
      updates: sectionNotice(locale, updates),
      groups: sectionNotice(locale, groups),
      lessons: sectionNotice(locale, lessons),
    },
    facts: [
      { label: t.project.theme, value: own.text.theme, lang: own.lang.theme },
      { label: t.project.area, value: own.text.area, lang: own.lang.area },
      { label: t.project.status, value: t.projectStatus[project.status], lang: undefined },
      { label: t.project.period, value: period(project.starts_on, project.ends_on), lang: undefined },
    ],
    phases: views(phases),
    people: orderPeople(timeline.people).map((person) => ({
      ...buildPersonView(person, locale),
      roleLabel: t.personRole[person.role],
      period:
        person.until === null
          ? `${t.project.since} ${date(person.since).text}`
          : `${date(person.since).text} ${t.project.until} ${date(person.until).text}`,
      current: person.until === null,
    })),
    decisions: views(decisions),
    promises: views(promises),
    council: {
      roleLabel: t.councilRole[project.council_role],
      roleMeaning: t.councilRoleMeaning[project.council_role],
      explanation: own.text.council_role_explanation,
      explanationLang: own.lang.council_role_explanation,
      moments: views(moments),
      letters: views(letters),
      href: councilHref,
    },
    updates: views(updates),
    keyDates,
    builtAt: timeline.generated_at,
    expectations,
    who: buildWho(timeline, locale),
    councilSummary: buildCouncilSummary(timeline, locale, now),
    timeline: buildTimeline(timeline, locale, now),
    inputThemes: inputThemes.map((theme, index) => {
      const source = timeline.input_themes[index];
      return { ...theme, marker: marker('input_theme', source ?? { id: theme.id, version: 1, revised_at: null, self_approved: false }) };
    }),
    groups: {
      involved: groups.filter((group) => group.status === 'involved').map((group) => group.view),
      gaps: groups.filter((group) => group.status === 'gap').map((group) => group.view),
    },
    marker: marker('project', project),
    withdrawn: timeline.withdrawn.map((item) => ({
      heading: t.history.withdrawn.item(t.recordKind[item.kind], item.title ?? ''),
      when: t.history.withdrawn.when(formatDateTime(item.withdrawn_at, locale).text),
      reason: item.reason ?? t.history.withdrawn.noReason,
      href: `${changesHref}#${changesAnchor(item.kind, item.id)}`,
    })),
    changesHref,
    reportHref: pathFor({ page: 'projectReport', slug: project.slug }, locale),
    investment: {
      meetingsHeld: numbers.format(project.investment.meetings_held),
      participantHours: project.investment.participant_hours === null ? null : numbers.format(project.investment.participant_hours),
      budget: project.investment.budget_eur === null ? null : euros.format(project.investment.budget_eur),
      budgetNote: budgetNote?.text ?? null,
      budgetNoteLang: budgetNote?.lang,
    },
    lessons: views(lessons),
    catchUp: {
      decisions: catchUp.decisions.length,
      openPromises: catchUp.promises.open.length,
      influenceHref: expectations === null ? null : '#expectations',
    },
    join: { href: catchUp.project.joinPath, prominent: project.status === 'running' },
  };
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
