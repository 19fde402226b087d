import { z } from 'zod';
import { promiseAudienceSchema, promiseStatusSchema } from './enums.ts';
import { isoDate, isoTimestamp, slug, text, translations, uuid, webUrl } from './primitives.ts';
import { recordMeta } from './public-record.ts';

/** One entry of portal.promise_history_json: the public status history of a promise, oldest first. */
export const promiseHistoryEntrySchema = z.strictObject({
  /** The status change; its approval is an entry of kind promise_status in the ledger. */
  id: uuid,
  status: promiseStatusSchema,
  changed_at: isoTimestamp,
  changed_by: text,
  explanation: z.string().nullable(),
  evidence_url: webUrl.nullable(),
  translations,
});

/** The fields a promise has both in project_timeline and in list_promises. */
const promiseFields = {
  id: uuid,
  body: text,
  made_on: isoDate,
  made_by: text,
  /** To whom: residents, or the council (a toezegging of the college to the council). */
  made_to: promiseAudienceSchema,
  context: text,
  due_on: isoDate.nullable(),
  status: promiseStatusSchema,
  is_overdue: z.boolean(),
  history: z.array(promiseHistoryEntrySchema),
  translations,
};

/** A promise inside public.project_timeline. */
export const timelinePromiseSchema = z.strictObject({ ...promiseFields, phase_id: uuid.nullable(), ...recordMeta });

/** One element of the array returned by public.list_promises(org_slug, status, project_slug, overdue_only). */
export const promiseListItemSchema = z.strictObject({
  ...promiseFields,
  project: z.strictObject({ slug, title: text, translations }),
});

export const promiseListSchema = z.array(promiseListItemSchema);

export type PromiseHistoryEntry = z.infer<typeof promiseHistoryEntrySchema>;
export type TimelinePromise = z.infer<typeof timelinePromiseSchema>;
export type PromiseListItem = z.infer<typeof promiseListItemSchema>;
