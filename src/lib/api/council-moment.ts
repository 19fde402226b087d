import { z } from 'zod';
import { councilMeetingKindSchema, councilOutcomeSchema, councilRoleSchema, motionKindSchema, motionResultSchema } from './enums.ts';
import { isoDate, isoTimestamp, slug, text, translations, uuid, webUrl, wholeNumber } from './primitives.ts';
import { recordMeta } from './public-record.ts';

/** The fields a council moment has both in project_timeline and in list_council_moments. */
const councilMomentFields = {
  id: uuid,
  meets_on: isoDate,
  /** When the meeting starts, when known. */
  starts_at: isoTimestamp.nullable(),
  meeting_kind: councilMeetingKindSchema,
  body: text,
  agenda_item: text,
  proposal: text,
  outcome: councilOutcomeSchema,
  outcome_summary: z.string().nullable(),
  differs_from_participation: z.boolean(),
  council_reasons: z.string().nullable(),
  effect_on_promises: z.string().nullable(),
  source_url: webUrl.nullable(),
  /** The public ids of the agenda item and its meeting in Open Raadsinformatie, when linked or imported. */
  source_id: z.string().nullable(),
  meeting_source_id: z.string().nullable(),
  translations,
};

/** A council moment inside public.project_timeline. */
export const timelineCouncilMomentSchema = z.strictObject({ ...councilMomentFields, ...recordMeta });

/** One element of the array returned by public.list_council_moments(org_slug, from_date, to_date). */
export const councilMomentListItemSchema = z.strictObject({
  ...councilMomentFields,
  project: z.strictObject({ slug, title: text, council_role: councilRoleSchema, translations }),
});

export const councilMomentListSchema = z.array(councilMomentListItemSchema);

/** How one party voted on a motion or amendment. */
export const partyVoteSchema = z.strictObject({ party: text, for: wholeNumber.nonnegative(), against: wholeNumber.nonnegative() });

/** A motion or amendment inside public.project_timeline: submitted at one of its council moments, with the votes per party. */
export const motionSchema = z.strictObject({
  id: uuid,
  council_moment_id: uuid,
  phase_id: uuid.nullable(),
  kind: motionKindSchema,
  reference: z.string().nullable(),
  title: text,
  submitted_by: text,
  asks: text,
  result: motionResultSchema,
  result_summary: z.string().nullable(),
  votes: z.array(partyVoteSchema),
  source_url: webUrl.nullable(),
  source_id: z.string().nullable(),
  translations,
  ...recordMeta,
});

/** A raadsinformatiebrief inside public.project_timeline: a letter in which the college informs the council. */
export const councilLetterSchema = z.strictObject({
  id: uuid,
  phase_id: uuid.nullable(),
  sent_on: isoDate,
  reference: z.string().nullable(),
  title: text,
  summary: text,
  source_url: webUrl.nullable(),
  source_id: z.string().nullable(),
  translations,
  ...recordMeta,
});

export type PartyVote = z.infer<typeof partyVoteSchema>;
export type Motion = z.infer<typeof motionSchema>;
export type CouncilLetter = z.infer<typeof councilLetterSchema>;
export type TimelineCouncilMoment = z.infer<typeof timelineCouncilMomentSchema>;
export type CouncilMomentListItem = z.infer<typeof councilMomentListItemSchema>;
