// From an agenda item as ORI has it (ori-documents.ts) to the input of public.staff_import_council_item
// (supabase/migrations/20261206000200_council_import.sql). Pure: no requests, no clock.
//
// Long texts: names and titles that are longer than the portal allows (the meeting's body 200, the agenda item
// 500, a motion's title 200) are cut at a word and end in "…": a name is a label, and the full text stays
// in ORI and in the proposal. Everything else (the proposal, what a motion asks, who submitted it, a party's name)
// goes to the portal whole, and the portal refuses it when it is too long; the item is then reported and nothing of
// it is stored. Cutting those would change what the record says: a proposal without its last conditions, a motion
// without its last request, a list of submitters without the last names.
import { OriError } from './ori-client.ts';
import type { OriAgendaItem, OriCount, OriMotion } from './ori-documents.ts';

export type MotionResult = 'pending' | 'adopted' | 'rejected' | 'withdrawn' | 'held';

export interface ImportMomentInput {
  source_id: string;
  meeting_source_id: string;
  meets_on: string;
  starts_at: string | null;
  meeting_kind: 'committee' | 'council';
  body: string;
  agenda_item: string;
  proposal: string;
}

export interface ImportVote {
  party: string;
  for: number;
  against: number;
}

export interface ImportMotionInput {
  source_id: string;
  kind: 'motion' | 'amendment';
  title: string;
  submitted_by: string;
  asks: string;
  result: MotionResult;
  result_summary: string | null;
  votes: ImportVote[];
}

export interface CouncilImportInput {
  project_id: string;
  moment: ImportMomentInput;
  motions: ImportMotionInput[];
}

export interface MappedItem {
  input: CouncilImportInput;
  /** What staff may want to know when they check the drafts: cut titles, a cancelled meeting, a time without zone. */
  notes: string[];
}

const LIMITS = { body: 200, agendaItem: 500, motionTitle: 200 } as const;

/** Maps the agenda item for the project; throws an OriError for what has no place in the portal. */
export function toImportInput(projectId: string, item: OriAgendaItem): MappedItem {
  const notes: string[] = [];
  const when = meetingTime(item.meeting.startDate, item.meeting.id, notes);
  const kind = meetingKind(item);
  const bodyName = plainText(item.committee?.name ?? '') || plainText(item.meeting.name ?? '');
  if (!bodyName) {
    throw new OriError(`Meeting ${item.meeting.id} has neither a committee nor a name in ORI, so who meets is unknown.`);
  }
  if (/EventCancelled$/.test(item.meeting.status ?? '')) {
    notes.push(`meeting ${item.meeting.id} is marked cancelled in ORI`);
  }
  const name = plainText(item.name);
  if (!name) throw new OriError(`Agenda item ${item.id} has an empty name in ORI.`);
  const moment: ImportMomentInput = {
    source_id: item.id,
    meeting_source_id: item.meeting.id,
    meets_on: when.meetsOn,
    starts_at: when.startsAt,
    meeting_kind: kind,
    body: cut(bodyName, LIMITS.body, 'the body that meets', notes),
    agenda_item: cut(name, LIMITS.agendaItem, 'the agenda item', notes),
    proposal: plainText(item.description ?? '') || name,
  };
  const motions = item.motions.map((motion) => motionInput(motion, when.meetsOn, notes));
  return { input: { project_id: projectId, moment, motions }, notes };
}

function motionInput(motion: OriMotion, meetsOn: string, notes: string[]): ImportMotionInput {
  const title = plainText(motion.name);
  if (!title) throw new OriError(`Motion ${motion.id} has an empty name in ORI.`);
  if (motion.submitters.length === 0) {
    throw new OriError(`Motion ${motion.id} has no submitter (creator) in ORI; the portal shows who submitted every motion.`);
  }
  const result = motionResult(motion);
  const voted = result === 'adopted' || result === 'rejected';
  const votes = voted && motion.vote ? partyVotes(motion.vote.counts, motion.vote.id) : [];
  return {
    source_id: motion.id,
    kind: motion.kind,
    title: cut(title, LIMITS.motionTitle, `the title of motion ${motion.id}`, notes),
    submitted_by: motion.submitters.map(plainText).filter(Boolean).join(', '),
    asks: plainText(motion.text ?? '') || title,
    result,
    result_summary: voted ? resultSummary(result, totals(motion.vote?.counts ?? []), meetsOn) : null,
    votes,
  };
}

/**
 * The result of the vote where ORI has one, else the motion's own; both are URIs of the opengov and meeting
 * vocabularies (or, from some sources, the Dutch word). When both are there they must agree.
 */
export function motionResult(motion: OriMotion): MotionResult {
  const fromVote = motion.vote?.result ? resultFrom(motion.vote.result, motion.id) : undefined;
  const fromMotion = motion.result ? resultFrom(motion.result, motion.id) : undefined;
  if (fromVote && fromMotion && fromVote !== fromMotion) {
    throw new OriError(`Motion ${motion.id} is ${fromMotion} in ORI, but its vote ${motion.vote?.id} says ${fromVote}.`);
  }
  return fromVote ?? fromMotion ?? 'pending';
}

const RESULTS: Record<string, MotionResult> = {
  resultpassed: 'adopted',
  aangenomen: 'adopted',
  resultfailed: 'rejected',
  verworpen: 'rejected',
  resultwithdrawn: 'withdrawn',
  ingetrokken: 'withdrawn',
  resultkept: 'held',
  resultpostponed: 'held',
  aangehouden: 'held',
};

function resultFrom(value: string, motionId: string): MotionResult {
  const term = value.trim().split(/[#/]/).pop()?.toLowerCase() ?? '';
  const result = RESULTS[term];
  if (!result) {
    throw new OriError(
      `Motion ${motionId} has the result ${JSON.stringify(value)} in ORI, which the portal cannot show (it knows passed, failed, withdrawn, kept and postponed).`,
    );
  }
  return result;
}

/** Yes and no per party, sorted by party; counts without a party (the whole council's) are not per party. */
export function partyVotes(counts: OriCount[], voteId: string): ImportVote[] {
  const parties = new Map<string, ImportVote>();
  const seen = new Set<string>();
  for (const count of counts) {
    if (count.party === null || count.option === 'other') continue;
    const key = `${count.option}:${count.party.toLowerCase()}`;
    if (seen.has(key)) throw new OriError(`Vote ${voteId} has two ${count.option} counts for ${count.party} in ORI.`);
    seen.add(key);
    const vote = parties.get(count.party.toLowerCase()) ?? { party: count.party, for: 0, against: 0 };
    if (count.option === 'yes') vote.for = count.value;
    else vote.against = count.value;
    parties.set(count.party.toLowerCase(), vote);
  }
  return [...parties.values()].sort((a, b) => a.party.localeCompare(b.party, 'nl'));
}

/** Votes for and against in all: the parties' counts added up, or else the whole council's; undefined when unknown. */
export function totals(counts: OriCount[]): { for: number; against: number } | undefined {
  const byParty = counts.filter((count) => count.party !== null && count.option !== 'other');
  const used = byParty.length > 0 ? byParty : counts.filter((count) => count.party === null && count.option !== 'other');
  if (used.length === 0) return undefined;
  const sum = (option: OriCount['option']) =>
    used.filter((count) => count.option === option).reduce((total, count) => total + count.value, 0);
  return { for: sum('yes'), against: sum('no') };
}

/**
 * A factual account of the result, which the portal requires of an adopted motion; staff may replace it with what
 * the motion changes for the project, and the import keeps their words while the result stays the same.
 */
export function resultSummary(
  result: 'adopted' | 'rejected',
  counted: { for: number; against: number } | undefined,
  meetsOn: string,
): string {
  const verb = result === 'adopted' ? 'Aangenomen' : 'Verworpen';
  if (!counted) return `${verb} in de raad van ${dutchDate(meetsOn)}.`;
  return `${verb} met ${counted.for} ${counted.for === 1 ? 'stem' : 'stemmen'} voor en ${counted.against} tegen.`;
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function dutchDate(isoDate: string): string {
  return DUTCH_DATE.format(new Date(`${isoDate}T12:00:00Z`));
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The meeting's date in Amsterdam, and its start as an instant. ORI writes start_date in ISO 8601 with an offset;
 * a bare date gives the date alone, and a time without an offset gives the date but no start time, since the
 * zone it was meant in is unknown.
 */
export function meetingTime(startDate: string, meetingId: string, notes: string[]): { meetsOn: string; startsAt: string | null } {
  const value = startDate.trim();
  const dateOnly = /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (dateOnly?.[1] && validDate(dateOnly[1])) return { meetsOn: dateOnly[1], startsAt: null };
  const withZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value);
  // Date would read 30 February as 2 March: the calendar date is checked on its own first.
  if (withZone && validDate(value.slice(0, 10))) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return { meetsOn: AMSTERDAM_DATE.format(instant), startsAt: instant.toISOString() };
  }
  const naive = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.exec(value);
  if (naive?.[1] && validDate(naive[1])) {
    notes.push(`meeting ${meetingId} has a start time without a time zone; only its date is imported`);
    return { meetsOn: naive[1], startsAt: null };
  }
  throw new OriError(`Meeting ${meetingId} has the start_date ${JSON.stringify(startDate)} in ORI, which is not a date.`);
}

function validDate(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(isoDate);
}

/** Committee and subcommittee meetings discuss and advise; the council (or a meeting of no committee) decides. */
export function meetingKind(item: OriAgendaItem): 'committee' | 'council' {
  const committee = item.committee;
  if (!committee) return 'council';
  if (committee.type === 'Committee') return 'committee';
  return committee.classification === 'Committee' || committee.classification === 'Subcommittee' ? 'committee' : 'council';
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  euro: '€',
  hellip: '…',
};

/**
 * Plain text from ORI's fields, which some sources fill with HTML: block ends become line breaks, other tags go,
 * character references are decoded, invisible control characters (which the portal refuses) are dropped, and
 * spaces are tidied. Text without markup only has its spaces tidied.
 */
export function plainText(value: string): string {
  let text = value.replace(/\r\n?/g, '\n');
  if (/<\/?[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/.test(text)) {
    text = text
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|table|ul|ol)\s*>/gi, '\n')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole: string, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(Number.parseInt(name.slice(2), 16), whole);
        if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), whole);
        return ENTITIES[name.toLowerCase()] ?? whole;
      });
  }
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : fallback;
}

/** Cuts a name or title to `max` characters (as Postgres counts them: code points) at a word, ending in "…". */
export function cut(text: string, max: number, what: string, notes: string[]): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const head = characters.slice(0, max - 1).join('');
  const atWord = head.replace(/\s+\S*$/, '');
  notes.push(`${what} was ${characters.length} characters long and is cut to ${max}`);
  return `${(atWord.length >= head.length / 2 ? atWord : head).trimEnd()}…`;
}
