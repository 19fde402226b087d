import { z } from 'zod';
import { projectCheckSchema } from './check.ts';
import { councilLetterSchema, motionSchema, timelineCouncilMomentSchema } from './council-moment.ts';
import {
  councilRoleSchema,
  groupStatusSchema,
  keyDateKindSchema,
  participationLevelSchema,
  personRoleSchema,
  phaseKindSchema,
} from './enums.ts';
import { timelineLessonSchema } from './lesson.ts';
import { organisationSchema } from './organisation.ts';
import { projectFields } from './project-card.ts';
import { personCardSchema } from './person.ts';
import { isoDate, isoTimestamp, text, translations, uuid, webUrl, wholeNumber } from './primitives.ts';
import { timelinePromiseSchema } from './promise.ts';
import type { DocumentList } from '../records/kinds.ts';
import { historyEntrySchema, recordMeta, withdrawnSchema } from './public-record.ts';

export const timelineProjectSchema = z.strictObject({
  id: uuid,
  ...projectFields,
  council_role_explanation: z.string().nullable(),
  published_at: isoTimestamp,
  investment: z.strictObject({
    meetings_held: wholeNumber.nonnegative(),
    participant_hours: wholeNumber.nonnegative().nullable(),
    budget_eur: z.number().nonnegative().nullable(),
    budget_note: z.string().nullable(),
  }),
  ...recordMeta,
});

/** A role assignment (id): the person's card (person_id) merged with the role and its period. */
export const projectPersonSchema = personCardSchema.omit({ id: true }).extend({
  id: uuid,
  person_id: uuid,
  role: personRoleSchema,
  since: isoDate,
  until: isoDate.nullable(),
  ...recordMeta,
});

export const phaseSchema = z.strictObject({
  id: uuid,
  position: wholeNumber.min(1).max(50),
  kind: phaseKindSchema,
  title: text,
  starts_on: isoDate,
  ends_on: isoDate.nullable(),
  // `ph.id = current_phase` in SQL: null (not false) while no phase has started yet.
  is_current: z.boolean().nullable(),
  participation_level: participationLevelSchema,
  open_for_input: text,
  fixed_frames: text,
  time_asked: text,
  time_asked_hours: z.number().nonnegative().nullable(),
  results_expected: text,
  results_expected_on: isoDate.nullable(),
  department: text,
  contact_person_id: uuid.nullable(),
  contact: personCardSchema.nullable(),
  /** The council's role in this phase; null when it is the project's (project.council_role). */
  council_role: councilRoleSchema.nullable(),
  council_role_explanation: z.string().nullable(),
  translations,
  ...recordMeta,
});

export const handoverSchema = z.strictObject({
  id: uuid,
  handed_over_on: isoDate,
  from_phase_id: uuid.nullable(),
  to_phase_id: uuid.nullable(),
  from_department: text,
  to_department: text,
  from_person_id: uuid.nullable(),
  to_person_id: uuid.nullable(),
  from_person: personCardSchema.nullable(),
  to_person: personCardSchema.nullable(),
  note: text,
  translations,
  ...recordMeta,
});

export const decisionSchema = z.strictObject({
  id: uuid,
  phase_id: uuid.nullable(),
  decided_on: isoDate,
  decided_by: text,
  title: text,
  decision: text,
  rationale: text,
  input_used: text,
  source_url: webUrl.nullable(),
  published_at: isoTimestamp,
  /** What the decision did with each input theme, in theme id order: part of what it says. */
  responses: z.array(z.strictObject({ input_theme_id: uuid, we_did: text })),
  translations,
  ...recordMeta,
});

export const inputThemeSchema = z.strictObject({
  id: uuid,
  phase_id: uuid.nullable(),
  title: text,
  you_said: text,
  times_raised: wholeNumber.nonnegative().nullable(),
  responses: z.array(z.strictObject({ decision_id: uuid, we_did: text })),
  translations,
  ...recordMeta,
});

/** An invitation to the followers who want to take part: what it said, to which group, and to how many it went. */
export const invitationSchema = z.strictObject({
  id: uuid,
  key_date_id: uuid.nullable(),
  title: text,
  body: text,
  group_name: text.nullable(),
  recipients: wholeNumber.nonnegative().nullable(),
  published_at: isoTimestamp,
  translations,
  ...recordMeta,
});

export const updateSchema = z.strictObject({
  id: uuid,
  title: text,
  body_md: text,
  published_at: isoTimestamp,
  translations,
  ...recordMeta,
});

export const keyDateSchema = z.strictObject({
  id: uuid,
  phase_id: uuid.nullable(),
  kind: keyDateKindSchema,
  title: text,
  starts_at: isoTimestamp,
  ends_at: isoTimestamp.nullable(),
  location: z.string().nullable(),
  online_url: webUrl.nullable(),
  how_to_join: text,
  translations,
  ...recordMeta,
});

export const groupSchema = z.strictObject({
  id: uuid,
  name: text,
  status: groupStatusSchema,
  note: text,
  translations,
  ...recordMeta,
});

export const timelineItemKinds = [
  'phase_start',
  'handover',
  'key_date',
  'decision',
  'council_moment',
  'council_letter',
  'promise_made',
  'promise_status',
  'update',
] as const;

/** One line of the chronological timeline; `ref_id` points at the record of that kind in the same document. */
export const timelineItemSchema = z.strictObject({
  kind: z.enum(timelineItemKinds),
  at: isoTimestamp,
  ref_id: uuid,
  title: text,
});

/** The document returned by public.project_timeline(org_slug, project_slug). */
export const projectTimelineSchema = z.strictObject({
  generated_at: isoTimestamp,
  /** The organisation's newest ledger entry when the document was read; null before the first. */
  ledger_head: z.strictObject({ seq: wholeNumber.min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  organisation: organisationSchema,
  project: timelineProjectSchema,
  people: z.array(projectPersonSchema),
  phases: z.array(phaseSchema),
  handovers: z.array(handoverSchema),
  decisions: z.array(decisionSchema),
  input_themes: z.array(inputThemeSchema),
  promises: z.array(timelinePromiseSchema),
  council_moments: z.array(timelineCouncilMomentSchema),
  motions: z.array(motionSchema),
  council_letters: z.array(councilLetterSchema),
  updates: z.array(updateSchema),
  key_dates: z.array(keyDateSchema),
  groups: z.array(groupSchema),
  lessons: z.array(timelineLessonSchema),
  withdrawn: z.array(withdrawnSchema),
  history: z.array(historyEntrySchema),
  timeline: z.array(timelineItemSchema),
  invitations: z.array(invitationSchema),
  /** The eight-keys check of the project's public record on the day the document was read. */
  check: projectCheckSchema,
});

export type TimelineProject = z.infer<typeof timelineProjectSchema>;
export type ProjectPerson = z.infer<typeof projectPersonSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type InputTheme = z.infer<typeof inputThemeSchema>;
export type Update = z.infer<typeof updateSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type KeyDate = z.infer<typeof keyDateSchema>;
export type Group = z.infer<typeof groupSchema>;
export type TimelineItem = z.infer<typeof timelineItemSchema>;
export type ProjectTimeline = z.infer<typeof projectTimelineSchema>;

/** The keys of the document's lists of published records (each record with its place in the public record). */
export type RecordListKey = {
  [K in keyof ProjectTimeline]-?: ProjectTimeline[K] extends ReadonlyArray<{ id: string; self_approved: boolean }> ? K : never;
}[keyof ProjectTimeline];
/** One record of such a list. */
export type ListedRecord = ProjectTimeline[RecordListKey][number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/**
 * Checked at compile time: every list of published records here is named for its kind in src/lib/records/kinds.ts
 * (documentLists), and every list named there is one of these, so a kind added on one side only fails to compile.
 */
export type DocumentListsAgree = Holds<Same<RecordListKey, DocumentList>>;

/**
 * One page of public.project_timelines(org_slug, after_slug, page_size): the documents of up to page_size published
 * projects in slug order, and the slug to continue after (null on the last page).
 */
export const projectTimelinePageSchema = z.strictObject({
  timelines: z.array(projectTimelineSchema),
  next_after: z.string().nullable(),
});

export type ProjectTimelinePage = z.infer<typeof projectTimelinePageSchema>;
