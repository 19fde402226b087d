import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { followText } from '../../i18n/text/follow.ts';
import type { KeyDate, Phase, ProjectPerson, ProjectTimeline } from '../api/project-timeline.ts';
import type { TimelinePromise } from '../api/promise.ts';
import type { PromiseStatus } from '../api/enums.ts';
import { localizeFields, sectionNotice, type LocalizedFields } from '../content-language/localize.ts';
import { expectationPhase } from '../expectations/expectations-card.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';
import { keyDateView, type KeyDateView } from '../projects/key-date-view.ts';
import { personView, type PersonView } from '../projects/person-view.ts';
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

export interface CatchUpDecision {
  id: string;
  title: string;
  /** The lang attributes of its texts: 'nl' where an English reader gets the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'decided_by' | 'decision' | 'rationale' | 'input_used'>['lang'];
  decidedOn: FormattedTime;
  decidedBy: string;
  /** "Besloten door <wie> op <datum>." */
  byline: string;
  decision: string;
  rationale: string;
  inputUsed: string;
  sourceUrl: string | null;
}

export interface CatchUpPromise {
  id: string;
  body: string;
  /** The lang attributes of its texts: 'nl' where an English reader gets the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'body' | 'explanation'>['lang'];
  status: PromiseStatus;
  statusLabel: string;
  madeOn: FormattedTime;
  /** "Beloofd door <wie> op <datum>." */
  byline: string;
  dueOn: FormattedTime | null;
  /** "Uiterlijk <datum>.", or null without a due date. */
  dueLine: string | null;
  isOverdue: boolean;
  /** Why it has its status (from the latest history entry of that status): set for changed and broken promises. */
  explanation: string | null;
  evidenceUrl: string | null;
}

export interface CatchUpCouncilMoment {
  id: string;
  /** The lang attributes of its texts: 'nl' where an English reader gets the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'body' | 'agenda_item' | 'outcome_summary' | 'council_reasons'>['lang'];
  meetsOn: FormattedTime;
  body: string;
  agendaItem: string;
  outcomeLabel: string;
  outcomeSummary: string | null;
  differsFromParticipation: boolean;
  councilReasons: string | null;
  sourceUrl: string | null;
}

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
  council: CatchUpCouncilMoment[];
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
    const latest = promise.history.at(-1);
    const madeOn = date(promise.made_on);
    const dueOn = promise.due_on === null ? null : date(promise.due_on);
    const c = texts(promise, ['body', 'made_by'], locale);
    const why = latest?.status === promise.status ? texts(latest, ['explanation'], locale) : null;
    return {
      id: promise.id,
      body: c.text.body,
      lang: { ...(c.lang.body ? { body: c.lang.body } : {}), ...(why?.lang.explanation ? { explanation: why.lang.explanation } : {}) },
      status: promise.status,
      statusLabel: t.promiseStatus[promise.status],
      madeOn,
      byline: text.madeBy(c.text.made_by, madeOn.text),
      dueOn,
      dueLine: dueOn === null ? null : text.dueOn(dueOn.text),
      isOverdue: promise.is_overdue,
      explanation: why?.text.explanation ?? null,
      evidenceUrl: latest?.status === promise.status ? latest.evidence_url : null,
    };
  };

  const found = expectationPhase(timeline.phases);
  const { project } = timeline;
  const promisesWith = (...statuses: PromiseStatus[]) =>
    timeline.promises.filter((promise) => statuses.includes(promise.status)).map(promiseView);
  const title = texts(project, ['title'], locale);
  const nextMoments = upcomingKeyDates(timeline.key_dates, today).map((keyDate) => keyDateView(keyDate, locale));
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
      const decidedOn = date(decision.decided_on);
      const c = texts(decision, ['title', 'decided_by', 'decision', 'rationale', 'input_used'], locale);
      return {
        id: decision.id,
        title: c.text.title,
        lang: c.lang,
        decidedOn,
        decidedBy: c.text.decided_by,
        byline: text.decidedBy(c.text.decided_by, decidedOn.text),
        decision: c.text.decision,
        rationale: c.text.rationale,
        inputUsed: c.text.input_used,
        sourceUrl: decision.source_url,
      };
    }),
    promises: {
      open: promisesWith('open', 'in_progress'),
      kept: promisesWith('kept'),
      changed: promisesWith('changed', 'broken'),
    },
    council: timeline.council_moments
      .filter((moment) => moment.meets_on <= today)
      .map((moment) => {
        const c = texts(moment, ['body', 'agenda_item', 'outcome_summary', 'council_reasons'], locale);
        return {
          id: moment.id,
          lang: c.lang,
          meetsOn: date(moment.meets_on),
          body: c.text.body,
          agendaItem: c.text.agenda_item,
          outcomeLabel: t.councilOutcome[moment.outcome],
          outcomeSummary: c.text.outcome_summary,
          differsFromParticipation: moment.differs_from_participation,
          councilReasons: c.text.council_reasons,
          sourceUrl: moment.source_url,
        };
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
  if (contact) return { ...personView(contact, locale), roleLabel: t.personRole.contact };
  if (phase?.contact) return { ...personView(phase.contact, locale), roleLabel: t.personRole.contact };
  const lead = current('project_lead');
  if (lead) return { ...personView(lead, locale), roleLabel: t.personRole.project_lead };
  return null;
}
