import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { followText } from '../../i18n/text/follow.ts';
import type { KeyDate, Phase, ProjectPerson, ProjectTimeline } from '../api/project-timeline.ts';
import type { TimelinePromise } from '../api/promise.ts';
import type { PromiseStatus } from '../api/enums.ts';
import { localizeFields, sectionNotice, untranslatedAmong, type LocalizedFields } from '../content-language/localize.ts';
import { buildCouncilMomentView, type CouncilMomentView } from '../council/council-moment-view.ts';
import { buildDecisionView, type DecisionView } from '../decisions/decision-view.ts';
import { expectationPhase } from '../expectations/expectations-card.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { buildKeyDateView, type KeyDateView } from '../projects/key-date-view.ts';
import { buildPersonView, type PersonView } from '../projects/person-view.ts';
import { buildPromiseView, type PromiseView } from '../promises/promise-view.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

// The catch-up of a late joiner: what happened so far in a project, what is still open for input and when to
// take part next. ONE view model for two renderers, the join page (HTML) and the welcome mail (HTML and text),
// so it is plain data: every string already in the reader's language, every date already formatted, no HTML.
// Text from the database is as the organisation wrote it, in the reader's language where staff wrote a version
// in it (src/lib/content-language), with its lang for the page; renderers escape it.

export interface CatchUpPhase {
  id: string;
  title: string;
  /** The lang attributes of its texts: 'nl' where an English reader gets the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title'>['lang'];
  kindLabel: string;
  /** "5 januari 2026 – 28 februari 2026", or "vanaf 1 maart 2026" while it has no end. */
  period: string;
  startsOn: FormattedTime;
  endsOn: FormattedTime | null;
}

export interface CatchUpCurrentPhase extends CatchUpPhase {
  levelLabel: string;
  /** What the phase's rung of the participation ladder promises the resident, in one sentence. */
  levelPromise: string;
  /** True when no phase has started yet and this is the first one. */
  notStartedYet: boolean;
}

/** A decision as the catch-up tells it: the one decision view, with who decided it when in one sentence. */
export interface CatchUpDecision extends DecisionView {
  /** "Besloten door <wie> op <datum>." */
  byline: string;
}

/**
 * A promise as the catch-up tells it: the one promise view, with who made it when and its due date in sentences.
 * Its explanation (why it has its status) is what changed and broken promises show.
 */
export interface CatchUpPromise extends PromiseView {
  /** "Beloofd door <wie> op <datum>." */
  byline: string;
  /** "Uiterlijk <datum>.", or null without a due date. */
  dueLine: string | null;
}

/** The texts of a promise and a council moment the catch-up shows, and so announces when an English reader gets them in Dutch. */
const promiseTexts = ['body', 'made_by'] as const;
const councilMomentTexts = ['body', 'agenda_item', 'outcome_summary', 'council_reasons'] as const;

/** What residents can still influence now: the current phase's open_for_input, when its level lets them. */
export interface CatchUpOpenForInput {
  phaseTitle: string;
  /** The lang attributes of its texts: 'nl' where an English reader gets the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'open_for_input' | 'fixed_frames' | 'time_asked'>['lang'];
  untranslated: boolean;
  levelLabel: string;
  levelPromise: string;
  openForInput: string;
  fixedFrames: string;
  timeAsked: string;
}

export interface CatchUpContact extends PersonView {
  roleLabel: string;
}

export interface CatchUp {
  locale: Locale;
  /** Said once, at the top, when an English reader gets some of the catch-up's texts in Dutch. */
  notice: string | null;
  project: {
    slug: string;
    title: string;
    titleLang: Locale | undefined;
    statusLabel: string;
    /** Site-relative paths in the catch-up's language; a mail prefixes the site's address. */
    path: string;
    joinPath: string;
  };
  /** The day the catch-up describes (Amsterdam). */
  today: FormattedTime;
  /** The section headings and the sentences for empty sections, in the catch-up's language. */
  headings: {
    title: string;
    phasesDone: string;
    currentPhase: string;
    decisions: string;
    rationale: string;
    inputUsed: string;
    promisesOpen: string;
    promisesKept: string;
    promisesChanged: string;
    council: string;
    councilDiffers: string;
    openForInput: string;
    nextMoments: string;
    contact: string;
  };
  /** Sentences that go with an item: a first phase that has not started, an overdue promise. */
  notes: {
    notStartedYet: string;
    overdue: string;
  };
  empty: {
    phasesDone: string;
    currentPhase: string;
    decisions: string;
    promisesOpen: string;
    promisesKept: string;
    council: string;
    openForInput: string;
    nextMoments: string;
  };
  /** Phases before the current one, oldest first. */
  phasesDone: CatchUpPhase[];
  currentPhase: CatchUpCurrentPhase | null;
  /** In the order the API gives them (by decision date). */
  decisions: CatchUpDecision[];
  promises: {
    /** Open or in progress. */
    open: CatchUpPromise[];
    kept: CatchUpPromise[];
    /** Changed or broken, each with its explanation. */
    changed: CatchUpPromise[];
  };
  /** Council moments held up to today, with their outcome. */
  council: CouncilMomentView[];
  openForInput: CatchUpOpenForInput | null;
  /** Key dates that have not ended before today, soonest first. */
  nextMoments: KeyDateView[];
  contact: CatchUpContact | null;
}

/**
 * The catch-up of a project on `today` (yyyy-mm-dd, in Amsterdam) in a language.
 *
 * @example
 * buildCatchUp(timeline, 'nl', '2026-03-15').promises.open.map((promise) => promise.statusLabel) // => ['Open']
 */
export function buildCatchUp(timeline: ProjectTimeline, locale: Locale, today: string): CatchUp {
  const t = dictionaryFor(locale);
  const text = followText[locale].catchUp;
  const date = (value: string) => formatDate(value, locale);
  const period = (from: string, until: string | null) =>
    until === null ? `${t.project.from} ${date(from).text}` : `${date(from).text} – ${date(until).text}`;
  let untranslated = false;
  /** A record's texts in the reader's language, noting whether any stands in untranslated for the one notice. */
  const texts: typeof localizeFields = (record, fields, language) => {
    const result = localizeFields(record, fields, language);
    untranslated ||= result.untranslated;
    return result;
  };
  const phaseView = (phase: Phase): CatchUpPhase => {
    const c = texts(phase, ['title'], locale);
    return {
      id: phase.id,
      title: c.text.title,
      lang: c.lang,
      kindLabel: t.phaseKind[phase.kind],
      period: period(phase.starts_on, phase.ends_on),
      startsOn: date(phase.starts_on),
      endsOn: phase.ends_on === null ? null : date(phase.ends_on),
    };
  };
  const promiseView = (promise: TimelinePromise): CatchUpPromise => {
    const view = buildPromiseView(promise, locale);
    untranslated ||= untranslatedAmong(view.lang, promiseTexts) || view.explanationLang !== undefined;
    return {
      ...view,
      byline: text.madeBy(view.madeBy, view.madeOn.text),
      dueLine: view.dueOn === null ? null : text.dueOn(view.dueOn.text),
    };
  };

  const found = expectationPhase(timeline.phases);
  const { project } = timeline;
  const promisesWith = (...statuses: PromiseStatus[]) =>
    timeline.promises.filter((promise) => statuses.includes(promise.status)).map(promiseView);
  const title = texts(project, ['title'], locale);
  const nextMoments = upcomingKeyDates(timeline.key_dates, today).map((keyDate) => buildKeyDateView(keyDate, locale));
  const contact = contactPerson(timeline, found?.phase ?? null, locale);

  const catchUp: Omit<CatchUp, 'notice'> = {
    locale,
    project: {
      slug: project.slug,
      title: title.text.title,
      titleLang: title.lang.title,
      statusLabel: t.projectStatus[project.status],
      path: pathFor({ page: 'project', slug: project.slug }, locale),
      joinPath: pathFor({ page: 'projectJoin', slug: project.slug }, locale),
    },
    today: date(today),
    headings: {
      title: text.title,
      phasesDone: text.phasesDone,
      currentPhase: text.currentPhase,
      decisions: text.decisions,
      rationale: text.rationale,
      inputUsed: text.inputUsed,
      promisesOpen: text.promisesOpen,
      promisesKept: text.promisesKept,
      promisesChanged: text.promisesChanged,
      council: text.council,
      councilDiffers: text.councilDiffers,
      openForInput: text.openForInput,
      nextMoments: text.nextMoments,
      contact: text.contact,
    },
    notes: { notStartedYet: text.notStartedYet, overdue: text.overdue },
    empty: {
      phasesDone: text.noPhasesDone,
      currentPhase: text.noCurrentPhase,
      decisions: text.noDecisions,
      promisesOpen: text.noPromisesOpen,
      promisesKept: text.noPromisesKept,
      council: text.noCouncil,
      openForInput: text.nothingOpen,
      nextMoments: text.noNextMoments,
    },
    phasesDone: phasesDone(timeline.phases, found?.phase ?? null, today).map(phaseView),
    currentPhase:
      found === null
        ? null
        : {
            ...phaseView(found.phase),
            levelLabel: t.participationLevel[found.phase.participation_level],
            levelPromise: t.participationPromise[found.phase.participation_level],
            notStartedYet: found.notStartedYet,
          },
    decisions: timeline.decisions.map((decision) => {
      const view = buildDecisionView(decision, locale);
      untranslated ||= view.untranslated;
      return { ...view, byline: text.decidedBy(view.decidedBy, view.decidedOn.text) };
    }),
    promises: {
      open: promisesWith('open', 'in_progress'),
      kept: promisesWith('kept'),
      changed: promisesWith('changed', 'broken'),
    },
    council: timeline.council_moments
      .filter((moment) => moment.meets_on <= today)
      .map((moment) => {
        const view = buildCouncilMomentView(moment, locale);
        untranslated ||= untranslatedAmong(view.lang, councilMomentTexts);
        return view;
      }),
    openForInput: openForInput(timeline, found?.phase ?? null, locale),
    nextMoments,
    contact,
  };
  const rest = [catchUp.openForInput, ...nextMoments, contact === null ? null : { untranslated: Object.keys(contact.lang).length > 0 }];
  return { ...catchUp, notice: sectionNotice(locale, [{ untranslated }, ...rest.filter((item) => item !== null)]) };
}

/**
 * The phases that are over: those before the current one; without a current phase (none started yet) none,
 * unless a phase's end date lies before today.
 */
function phasesDone(phases: readonly Phase[], current: Phase | null, today: string): Phase[] {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  if (current !== null && current.is_current === true) return ordered.filter((phase) => phase.position < current.position);
  return ordered.filter((phase) => phase.ends_on !== null && phase.ends_on < today && phase.is_current !== true);
}

/**
 * What residents can still influence: only while the project is not over, and only when the phase's rung of
 * the ladder is above "informeren" (informing asks nothing of residents) and the phase says what is open.
 */
function openForInput(timeline: ProjectTimeline, phase: Phase | null, locale: Locale): CatchUpOpenForInput | null {
  if (phase === null) return null;
  if (timeline.project.status === 'completed' || timeline.project.status === 'stopped') return null;
  if (phase.participation_level === 'informeren' || phase.open_for_input.trim() === '') return null;
  const t = dictionaryFor(locale);
  const c = localizeFields(phase, ['title', 'open_for_input', 'fixed_frames', 'time_asked'], locale);
  return {
    phaseTitle: c.text.title,
    lang: c.lang,
    untranslated: c.untranslated,
    levelLabel: t.participationLevel[phase.participation_level],
    levelPromise: t.participationPromise[phase.participation_level],
    openForInput: c.text.open_for_input,
    fixedFrames: c.text.fixed_frames,
    timeAsked: c.text.time_asked,
  };
}

/** Key dates whose last day (in Amsterdam) is today or later, soonest first. */
function upcomingKeyDates(keyDates: readonly KeyDate[], today: string): KeyDate[] {
  return keyDates
    .filter((keyDate) => amsterdamDate(keyDate.ends_at ?? keyDate.starts_at) >= today)
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime());
}

/** Whom to ask: the project's current contact, else the current phase's contact, else the current project lead. */
function contactPerson(timeline: ProjectTimeline, phase: Phase | null, locale: Locale): CatchUpContact | null {
  const t = dictionaryFor(locale);
  const current = (role: ProjectPerson['role']) => timeline.people.find((person) => person.role === role && person.until === null);
  const contact = current('contact');
  if (contact) return { ...buildPersonView(contact, locale), roleLabel: t.personRole.contact };
  if (phase?.contact) return { ...buildPersonView(phase.contact, locale), roleLabel: t.personRole.contact };
  const lead = current('project_lead');
  if (lead) return { ...buildPersonView(lead, locale), roleLabel: t.personRole.project_lead };
  return null;
}
