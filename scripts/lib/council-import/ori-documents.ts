// Reads one agenda item from Open Raadsinformatie with everything the portal imports from it, checking each
// document against the shape ORI's JSON-LD serializer gives it (open-raadsinformatie, ocd_backend/models/definitions:
// meeting.py, opengov.py, org.py, person.py):
//
//   AgendaItem  name, description, parent (its Meeting; or, nested in Notubiz, the AgendaItem above it), motion
//   Meeting     name, start_date, status, committee (an Organization)
//   Organization name, classification (Municipality, Council, Committee, Subcommittee, Party, ...)
//   Motion / Amendment  name, text, creator, cocreator (Person or Organization), result, vote_event
//   VoteEvent   result, counts
//   YesCount / NoCount / AbstainCount / ...  value, group (the party, an Organization)
//
// A relation is an id, a list of ids (one id alone when the list has one) or {"@list": [...]} when it is ordered.
// The motion and vote parts are modelled by ORI but filled by few sources: an agenda item without motions, a
// motion without a vote or a vote without counts is read as "none", not as an error. Anything else that is
// missing or of another kind than expected is an error that names the document.
import { z } from 'zod';
import { describeIssue } from '../../../src/lib/api/call-api.ts';
import { OriError, ORI_ID_PATTERN, type OriClient, type OriDocument } from './ori-client.ts';

const oriId = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform(String)
  .pipe(z.string().regex(ORI_ID_PATTERN, 'not an id of ORI'));
const relation = z.union([
  oriId.transform((id) => [id]),
  z.array(oriId),
  z.object({ '@list': z.array(oriId) }).transform((ordered) => ordered['@list']),
]);
const optionalRelation = relation.nullish().transform((ids) => ids ?? []);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

const agendaItemSchema = z.object({ name: z.string(), description: optionalText, parent: relation, motion: optionalRelation });
const meetingSchema = z.object({ name: optionalText, start_date: z.string(), status: optionalText, committee: optionalRelation });
const organizationSchema = z.object({ name: z.string(), classification: optionalText });
const personSchema = z.object({ name: optionalText, given_name: optionalText, family_name: optionalText, initials: optionalText });
const motionSchema = z.object({
  name: z.string(),
  text: optionalText,
  creator: optionalRelation,
  cocreator: optionalRelation,
  result: optionalText,
  vote_event: optionalRelation,
});
const voteEventSchema = z.object({ result: optionalText, counts: optionalRelation });
const countSchema = z.object({ value: z.number().int().nonnegative(), group: optionalRelation });

export interface OriOrganization {
  id: string;
  type: string;
  name: string;
  classification: string | undefined;
}

export interface OriCount {
  id: string;
  /** yes and no are what the portal records per party; abstaining, absent and the like are read and left aside. */
  option: 'yes' | 'no' | 'other';
  value: number;
  /** The party's name; null for a count of the whole council. */
  party: string | null;
}

export interface OriMotion {
  id: string;
  kind: 'motion' | 'amendment';
  name: string;
  text: string | undefined;
  submitters: string[];
  result: string | undefined;
  vote: { id: string; result: string | undefined; counts: OriCount[] } | undefined;
}

export interface OriAgendaItem {
  id: string;
  name: string;
  description: string | undefined;
  meeting: { id: string; name: string | undefined; startDate: string; status: string | undefined };
  committee: OriOrganization | undefined;
  motions: OriMotion[];
}

const COUNT_OPTIONS: Record<string, OriCount['option']> = {
  YesCount: 'yes',
  NoCount: 'no',
  AbstainCount: 'other',
  AbsentCount: 'other',
  NotVotingCount: 'other',
  PairedCount: 'other',
};

/** How deep Notubiz nests agenda items under each other before the meeting; more is taken for a loop. */
const MAX_NESTING = 5;

/** Reads the agenda item `id` and the documents it points to; rejects with an OriError that names what is wrong. */
export async function readAgendaItem(ori: OriClient, id: string): Promise<OriAgendaItem> {
  const itemDocument = await required(ori, id, 'agenda item', ['AgendaItem']);
  const item = parse(agendaItemSchema, itemDocument, 'agenda item');

  // Up the parents to the meeting: a nested agenda item's parent is the agenda item it belongs under.
  let parentId = single(item.parent, 'parent', itemDocument, 'agenda item');
  let meetingDocument: OriDocument | undefined;
  for (let depth = 0; depth < MAX_NESTING && !meetingDocument; depth += 1) {
    const parent = await required(ori, parentId, `parent of agenda item ${id}`, ['Meeting', 'AgendaItem']);
    if (parent.type === 'Meeting') meetingDocument = parent;
    else parentId = single(parse(agendaItemSchema, parent, 'agenda item').parent, 'parent', parent, 'agenda item');
  }
  if (!meetingDocument) throw new OriError(`Agenda item ${id} is nested more than ${MAX_NESTING} deep; its meeting was not found.`);
  const meeting = parse(meetingSchema, meetingDocument, 'meeting', `of agenda item ${id}`);

  let committee: OriOrganization | undefined;
  if (meeting.committee.length > 0) {
    const committeeId = single(meeting.committee, 'committee', meetingDocument, 'meeting');
    const document = await required(ori, committeeId, `committee of meeting ${meetingDocument.id}`, ['Organization', 'Committee']);
    const organization = parse(organizationSchema, document, 'committee');
    committee = { id: document.id, type: document.type, ...organization };
  }

  const motions = await Promise.all(item.motion.map((motionId) => readMotion(ori, motionId, id)));
  return {
    id,
    name: item.name,
    description: item.description,
    meeting: { id: meetingDocument.id, name: meeting.name, startDate: meeting.start_date, status: meeting.status },
    committee,
    motions,
  };
}

async function readMotion(ori: OriClient, id: string, itemId: string): Promise<OriMotion> {
  const document = await required(ori, id, `motion of agenda item ${itemId}`, ['Motion', 'Amendment']);
  const motion = parse(motionSchema, document, document.type === 'Amendment' ? 'amendment' : 'motion');
  const submitterIds = [...new Set([...motion.creator, ...motion.cocreator])];
  const submitters = await Promise.all(submitterIds.map((submitterId) => readSubmitter(ori, submitterId, id)));
  let vote: OriMotion['vote'];
  if (motion.vote_event.length > 1) {
    throw new OriError(`Motion ${id} has ${motion.vote_event.length} votes in ORI; the portal keeps one vote per motion.`);
  }
  const voteId = motion.vote_event[0];
  if (voteId) {
    const voteDocument = await required(ori, voteId, `vote on motion ${id}`, ['VoteEvent']);
    const event = parse(voteEventSchema, voteDocument, 'vote');
    const counts = await Promise.all(event.counts.map((countId) => readCount(ori, countId, voteId)));
    vote = { id: voteId, result: event.result, counts };
  }
  return {
    id,
    kind: document.type === 'Amendment' ? 'amendment' : 'motion',
    name: motion.name,
    text: motion.text,
    submitters: [...new Set(submitters)],
    result: motion.result,
    vote,
  };
}

async function readSubmitter(ori: OriClient, id: string, motionId: string): Promise<string> {
  const document = await required(ori, id, `submitter of motion ${motionId}`, ['Person', 'Organization']);
  if (document.type === 'Organization') return parse(organizationSchema, document, 'submitter').name.trim();
  const person = parse(personSchema, document, 'submitter');
  const name = person.name?.trim() || [person.given_name ?? person.initials, person.family_name].filter(Boolean).join(' ').trim();
  if (!name) throw new OriError(`Person ${id} (submitter of motion ${motionId}) has no name in ORI.`);
  return name;
}

async function readCount(ori: OriClient, id: string, voteId: string): Promise<OriCount> {
  const document = await required(ori, id, `count of vote ${voteId}`, Object.keys(COUNT_OPTIONS));
  const count = parse(countSchema, document, 'count');
  let party: string | null = null;
  if (count.group.length > 0) {
    const partyId = single(count.group, 'group', document, 'count');
    const partyDocument = await required(ori, partyId, `party of count ${id} (vote ${voteId})`, ['Organization']);
    party = parse(organizationSchema, partyDocument, 'party').name.trim();
  }
  return { id, option: COUNT_OPTIONS[document.type] ?? 'other', value: count.value, party };
}

/** The document, of one of the expected kinds; an OriError when ORI has none or it is of another kind. */
async function required(ori: OriClient, id: string, role: string, types: string[]): Promise<OriDocument> {
  const document = await ori.document(id);
  if (!document) throw new OriError(`Document ${id} (${role}) is not in ORI.`);
  if (!types.includes(document.type)) {
    const expected = types.length === 1 ? withArticle(types[0] ?? '') : `one of ${types.join(', ')}`;
    throw new OriError(`Document ${id} (${role}) is ${withArticle(document.type)} in ORI, not ${expected}.`);
  }
  return document;
}

function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function parse<S extends z.ZodType>(schema: S, document: OriDocument, what: string, context?: string): z.output<S> {
  const parsed = schema.safeParse(document.source);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(document.source, issue));
    throw new OriError(`The ${what} ${document.id}${context ? ` (${context})` : ''} in ORI is not as expected: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

function single(ids: string[], field: string, document: OriDocument, what: string): string {
  const [first, ...rest] = ids;
  if (!first || rest.length > 0) {
    throw new OriError(`The ${what} ${document.id} in ORI has ${ids.length} ids in ${field}, where one is expected.`);
  }
  return first;
}
