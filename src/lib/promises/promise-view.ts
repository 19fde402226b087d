import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { PromiseAudience, PromiseStatus } from '../api/enums.ts';
import type { PromiseHistoryEntry, TimelinePromise } from '../api/promise.ts';
import { localizeFields, type LocalizedFields, type Translatable } from '../content-language/localize.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

// A promise in words of the reader's language, with its status and its public history: the one view of a promise
// that the project page, the project's council page, the promises tracker, the catch-up (join page and welcome mail),
// the feeds and the notice mails read. Each adds what only it shows (a marker, a link to its project, a byline)
// around it rather than building a promise again. Plain data: every date formatted, texts as staff wrote them,
// each with its lang attribute ('nl' where an English reader gets the Dutch text, src/lib/content-language).

/** One status change of a promise. */
export interface PromiseHistoryView {
  status: PromiseStatus;
  statusLabel: string;
  /** The moment of the change, date and time. */
  changedAt: FormattedTime;
  /** The day of the change in the Netherlands. */
  changedOn: FormattedTime;
  changedBy: string;
  explanation: string | null;
  evidenceUrl: string | null;
  lang: LocalizedFields<'changed_by' | 'explanation'>['lang'];
  /** True when an English reader gets some of it in Dutch. */
  untranslated: boolean;
}

/**
 * A promise's own words and days, without its status: what a notice of a new promise tells (its item carries no
 * status or history, src/lib/mail/mail-batch.ts), and the core of every promise view.
 */
export interface PromiseCoreView {
  id: string;
  /** Its element id on the project page (src/lib/records/anchors.ts). */
  anchor: string;
  body: string;
  lang: LocalizedFields<'body' | 'made_by' | 'context'>['lang'];
  madeBy: string;
  madeOn: FormattedTime;
  context: string;
  dueOn: FormattedTime | null;
  /** True when an English reader gets some of it in Dutch. */
  untranslated: boolean;
}

export interface PromiseView extends PromiseCoreView {
  status: PromiseStatus;
  statusLabel: string;
  /** To whom: residents, or the council (a toezegging of the college to the council, marked as such on the pages). */
  madeTo: PromiseAudience;
  madeToLabel: string;
  isOverdue: boolean;
  /** Why the promise has its current status: from its latest history entry, when that entry set this status. */
  explanation: string | null;
  explanationLang: Locale | undefined;
  evidenceUrl: string | null;
  /** Every public status change, oldest first. */
  history: PromiseHistoryView[];
  /** True when an English reader gets some of it, its history included, in Dutch. */
  untranslated: boolean;
}

/** What a promise's core needs to be told: its own fields, as a notice of a new promise carries them. */
type PromiseCoreFields = Pick<TimelinePromise, 'id' | 'body' | 'made_on' | 'made_by' | 'context' | 'due_on'> & Translatable;

/** What a status change needs to be told: a notice mail's change carries no evidence link. */
type StatusChange = Pick<PromiseHistoryEntry, 'status' | 'changed_at' | 'changed_by' | 'explanation'> &
  Partial<Pick<PromiseHistoryEntry, 'evidence_url'>> &
  Translatable;

/**
 * A promise in words of the chosen language.
 *
 * @example
 * buildPromiseView(promise, 'en').history.map((entry) => entry.statusLabel) // => ['Open', 'In progress', 'Kept']
 */
export function buildPromiseView(promise: TimelinePromise, locale: Locale): PromiseView {
  const t = dictionaryFor(locale);
  const core = buildPromiseCoreView(promise, locale);
  const history = promise.history.map((entry) => buildPromiseHistoryView(entry, locale));
  const latest = promise.history.at(-1)?.status === promise.status ? history.at(-1) : undefined;
  return {
    ...core,
    status: promise.status,
    statusLabel: t.promiseStatus[promise.status],
    madeTo: promise.made_to,
    madeToLabel: t.promiseAudience[promise.made_to],
    isOverdue: promise.is_overdue,
    explanation: latest?.explanation ?? null,
    explanationLang: latest?.lang.explanation,
    evidenceUrl: latest?.evidenceUrl ?? null,
    history,
    untranslated: core.untranslated || history.some((entry) => entry.untranslated),
  };
}

/**
 * A promise's own words and days in the chosen language, without its status.
 *
 * @example
 * buildPromiseCoreView({ id: 'p1', body: 'Drempels', made_on: '2026-03-12', made_by: 'Wethouder', context: 'Raad', due_on: null }, 'nl').madeOn.text
 * // => '12 maart 2026'
 */
export function buildPromiseCoreView(promise: PromiseCoreFields, locale: Locale): PromiseCoreView {
  const c = localizeFields(promise, ['body', 'made_by', 'context'], locale);
  return {
    id: promise.id,
    anchor: recordAnchor('promise', promise.id),
    body: c.text.body,
    lang: c.lang,
    madeBy: c.text.made_by,
    madeOn: formatDate(promise.made_on, locale),
    context: c.text.context,
    dueOn: promise.due_on === null ? null : formatDate(promise.due_on, locale),
    untranslated: c.untranslated,
  };
}

/**
 * One status change of a promise in words; its day is the day in the Netherlands.
 *
 * @example
 * buildPromiseHistoryView({ status: 'kept', changed_at: '2026-01-31T23:30:00Z', changed_by: 'Wethouder', explanation: null }, 'nl').changedOn.text
 * // => '1 februari 2026'
 */
export function buildPromiseHistoryView(change: StatusChange, locale: Locale): PromiseHistoryView {
  const c = localizeFields(change, ['changed_by', 'explanation'], locale);
  return {
    status: change.status,
    statusLabel: dictionaryFor(locale).promiseStatus[change.status],
    changedAt: formatDateTime(change.changed_at, locale),
    changedOn: formatDate(amsterdamDate(change.changed_at), locale),
    changedBy: c.text.changed_by,
    explanation: c.text.explanation,
    evidenceUrl: change.evidence_url ?? null,
    lang: c.lang,
    untranslated: c.untranslated,
  };
}
