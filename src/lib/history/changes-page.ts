import { dictionaryFor, pathFor, type Dictionary, type Locale } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import type { ListedRecord, ProjectTimeline } from '../api/project-timeline.ts';
import type { HistoryEntry } from '../api/public-record.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { contentFields, documentLists, publishableKinds, recordPages, type PublishableKind } from '../records/kinds.ts';
import { changesAnchor } from './record-marker.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

// The changes page of a project: its public version history grouped per record, newest change first, each
// change with when, who approved it (by role and organisation, never by name), its ledger line, and for a
// revision a word-level diff of every field that changed. Built from the `history` of project_timeline.

export interface FieldValueView {
  label: string;
  value: string;
}

export interface FieldChangeView {
  label: string;
  /** Prose: the words removed and added in reading order. Null for short values (a date, a choice). */
  parts: DiffPart[] | null;
  before: string;
  after: string;
}

export interface EventView {
  typeLabel: string;
  at: FormattedTime;
  version: string;
  approval: string;
  /** The reason of a withdrawal, or the explanation of a status change. */
  reason: { label: string; text: string } | null;
  status: string | null;
  ledger: string;
  /** A revision: what changed, field by field. */
  changes: FieldChangeView[];
  /** The first publication: what was published. */
  content: FieldValueView[];
}

export interface RecordHistoryView {
  anchor: string;
  heading: string;
  state: string;
  events: EventView[];
}

export interface ChangesPageView {
  title: string;
  projectTitle: string;
  projectHref: string;
  ledgerHref: string;
  records: RecordHistoryView[];
}

/** Fields whose value is chosen from a list; the dictionary says them in words. */
type EnumField = { [K in keyof Dictionary]: Dictionary[K] extends Record<string, string> ? K : never }[keyof Dictionary];
const enumFields: Record<string, EnumField> = {
  participation_level: 'participationLevel',
  council_role: 'councilRole',
  outcome: 'councilOutcome',
  role: 'personRole',
  category: 'lessonCategory',
  'project.status': 'projectStatus',
  'group.status': 'groupStatus',
  'promise_status.status': 'promiseStatus',
  'phase.kind': 'phaseKind',
  'key_date.kind': 'keyDateKind',
  meeting_kind: 'councilMeetingKind',
  made_to: 'promiseAudience',
  'motion.kind': 'motionKind',
  'motion.result': 'motionResult',
};
const personFields = new Set(['person_id', 'contact_person_id', 'from_person_id', 'to_person_id']);
/** Fields that name another record of the project (a phase, a council moment, a key date) by its id. */
const phaseFields = new Set(['phase_id', 'from_phase_id', 'to_phase_id', 'council_moment_id', 'key_date_id']);

/** What a record is called in the history: the group of a promise's status changes is the promise. */
function groupKey(entry: HistoryEntry): { kind: PublishableKind; id: string } {
  return entry.kind === 'promise_status' && entry.promise_id
    ? { kind: 'promise', id: entry.promise_id }
    : { kind: entry.kind, id: entry.record_id };
}

/**
 * The changes page of one project.
 *
 * @example
 * buildChangesPage(timeline, organisation, 'nl').records[0]?.events[0]?.typeLabel // => 'Gewijzigd'
 */
export function buildChangesPage(timeline: ProjectTimeline, organisation: Organisation, locale: Locale): ChangesPageView {
  const t = dictionaryFor(locale);
  const h = t.history;
  const names = nameLookup(timeline);
  const live = liveRecords(timeline);

  const groups = new Map<string, { kind: PublishableKind; id: string; entries: HistoryEntry[] }>();
  for (const entry of timeline.history) {
    const key = groupKey(entry);
    const id = `${key.kind}:${key.id}`;
    const group = groups.get(id) ?? { ...key, entries: [] };
    group.entries.push(entry);
    groups.set(id, group);
  }

  const records = [...groups.values()]
    .sort((a, b) => (b.entries.at(-1)?.seq ?? 0) - (a.entries.at(-1)?.seq ?? 0))
    .map((group) => {
      const latestTitle = [...group.entries].reverse().find((entry) => entry.kind === group.kind)?.title ?? '';
      const last = group.entries.at(-1);
      const withdrawn = last?.type === 'withdrawal';
      let previous: Record<string, unknown> | null = null;
      const events = group.entries.map((entry) => {
        const event = eventView(entry, previous, organisation, locale, names);
        if (entry.kind === group.kind && entry.type !== 'withdrawal') previous = entry.content;
        return event;
      });
      return {
        anchor: changesAnchor(group.kind, group.id),
        heading: h.changes.recordHeading(t.recordKind[group.kind], latestTitle),
        state: withdrawn ? h.changes.withdrawnNow : live.has(`${group.kind}:${group.id}`) ? h.changes.current : '',
        events: events.reverse(),
      };
    });

  return {
    title: h.changes.title(timeline.project.title),
    projectTitle: timeline.project.title,
    projectHref: pathFor({ page: 'project', slug: timeline.project.slug }, locale),
    ledgerHref: `${pathFor({ page: 'openData' }, locale)}#ledger`,
    records,
  };
}

function eventView(
  entry: HistoryEntry,
  previous: Record<string, unknown> | null,
  organisation: Organisation,
  locale: Locale,
  names: Map<string, string>,
): EventView {
  const t = dictionaryFor(locale);
  const h = t.history;
  const role = h.approval.role[(entry.approved_by_role ?? 'unknown') as keyof typeof h.approval.role] ?? h.approval.role.unknown;
  const approval = entry.approval === 'import' ? h.approval.import : h.approval[entry.approval](role, organisation.name);
  const show = (field: string, value: unknown) => displayValue(entry.kind, field, value, locale, names);
  const fields = Object.keys(entry.content).sort((a, b) => fieldOrder(entry.kind, a) - fieldOrder(entry.kind, b));
  const isStatus = entry.kind === 'promise_status';
  const statusValue = entry.content['status'];
  return {
    typeLabel: h.event[entry.type],
    at: formatDateTime(entry.at, locale),
    version: h.changes.version(entry.version),
    approval,
    reason: entry.reason ? { label: isStatus ? h.changes.explanation : h.changes.reason, text: entry.reason } : null,
    status: isStatus && typeof statusValue === 'string' ? h.statusChange(show('status', statusValue).text) : null,
    ledger: h.changes.ledgerEntry(entry.seq, entry.content_hash.slice(0, 12)),
    changes:
      entry.type === 'revision' && previous
        ? fields
            .filter((field) => JSON.stringify(previous?.[field] ?? null) !== JSON.stringify(entry.content[field] ?? null))
            .map((field) => {
              const before = show(field, previous?.[field] ?? null);
              const after = show(field, entry.content[field] ?? null);
              return {
                label: fieldLabel(entry.kind, field, locale),
                parts: before.prose && after.prose ? wordDiff(before.text, after.text) : null,
                before: before.text,
                after: after.text,
              };
            })
        : [],
    content:
      entry.type === 'publish' && !isStatus
        ? fields.map((field) => ({ label: fieldLabel(entry.kind, field, locale), value: show(field, entry.content[field] ?? null).text }))
        : [],
  };
}

function fieldLabel(kind: PublishableKind, field: string, locale: Locale): string {
  const labels = dictionaryFor(locale).history.fields;
  return labels[`${kind}.${field}`] ?? labels[field] ?? field;
}

/** The order of the public fields as the kinds list them (src/lib/records/kinds.ts). */
function fieldOrder(kind: PublishableKind, field: string): number {
  const order = fieldOrderOf[kind];
  const index = order.indexOf(field);
  return index === -1 ? order.length : index;
}
const fieldOrderOf = Object.fromEntries(Object.entries(contentFields).map(([kind, spec]) => [kind, [...spec.fields]])) as Record<
  PublishableKind,
  string[]
>;

/** A content value in words; `prose` for free text, which gets a word-level diff. */
function displayValue(
  kind: PublishableKind,
  field: string,
  value: unknown,
  locale: Locale,
  names: Map<string, string>,
): { text: string; prose: boolean } {
  const t = dictionaryFor(locale);
  const empty = { text: t.history.changes.empty, prose: false };
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return { text: value ? t.history.changes.yes : t.history.changes.no, prose: false };
  if (typeof value === 'number') return { text: new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value), prose: false };
  if (Array.isArray(value) && kind === 'motion') {
    // A motion's votes per party.
    const lines = value.map((item) => {
      const vote = item as { party?: string; for?: number; against?: number };
      return t.history.changes.votes(vote.party ?? '', vote.for ?? 0, vote.against ?? 0);
    });
    return { text: lines.length > 0 ? lines.join('\n') : t.history.changes.empty, prose: false };
  }
  if (Array.isArray(value)) {
    // A decision's answers to the input themes.
    const lines = value.map((item) => {
      const response = item as { input_theme_id?: string; we_did?: string };
      return `${names.get(response.input_theme_id ?? '') ?? ''}: ${response.we_did ?? ''}`;
    });
    return { text: lines.join('\n'), prose: true };
  }
  if (typeof value !== 'string') return { text: JSON.stringify(value), prose: false };
  const enumName = enumFields[`${kind}.${field}`] ?? enumFields[field];
  if (enumName) {
    const labels = t[enumName] as Record<string, string>;
    return { text: labels[value] ?? value, prose: false };
  }
  if (personFields.has(field) || phaseFields.has(field)) return { text: names.get(value) ?? t.history.changes.empty, prose: false };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { text: formatDate(value, locale).text, prose: false };
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return { text: formatDateTime(value, locale).text, prose: false };
  return { text: value, prose: true };
}

/** Names of the people, phases and input themes the history refers to by id: as they are now, or as last published. */
function nameLookup(timeline: ProjectTimeline): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of timeline.history) {
    if (entry.kind === 'person' && typeof entry.content['name'] === 'string') names.set(entry.record_id, entry.content['name']);
    if ((entry.kind === 'phase' || entry.kind === 'input_theme') && typeof entry.content['title'] === 'string') {
      names.set(entry.record_id, entry.content['title']);
    }
  }
  for (const person of timeline.people) names.set(person.person_id, person.name);
  for (const phase of timeline.phases) {
    names.set(phase.id, phase.title);
    if (phase.contact) names.set(phase.contact.id, phase.contact.name);
  }
  for (const theme of timeline.input_themes) names.set(theme.id, theme.title);
  // A motion names the council moment it was voted on by its agenda item.
  for (const moment of timeline.council_moments) names.set(moment.id, moment.agenda_item);
  for (const keyDate of timeline.key_dates) names.set(keyDate.id, keyDate.title);
  return names;
}

/**
 * Which records are on the project page now: those the document lists of every kind the project page shows, in
 * full or, for the council's records, in a line each (src/lib/records/kinds.ts); not an invitation, which the join
 * page shows.
 */
function liveRecords(timeline: ProjectTimeline): Set<string> {
  const keys = new Set<string>([`project:${timeline.project.id}`]);
  for (const kind of publishableKinds) {
    const list = documentLists[kind];
    if (list === null || recordPages[kind] === 'projectJoin') continue;
    for (const record of timeline[list] as readonly ListedRecord[]) keys.add(`${kind}:${record.id}`);
  }
  for (const person of timeline.people) keys.add(`person:${person.person_id}`);
  for (const phase of timeline.phases) if (phase.contact) keys.add(`person:${phase.contact.id}`);
  return keys;
}
