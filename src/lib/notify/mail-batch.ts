import { z } from 'zod';
import { councilOutcomes, promiseStatuses } from '../api/enums.ts';
import { isoDate, isoTimestamp, slug, text, uuid } from '../api/primitives.ts';
import { decisionSchema, keyDateSchema, updateSchema } from '../api/project-timeline.ts';

// The contract between the database and the mail worker: the jsonb documents of public.claim_mail_batch,
// public.complete_mail and public.fail_mail (supabase/migrations/20261128001400_notifications.sql). Both sides
// are written against this file; the worker parses every answer with it, so a change on one side that the
// other does not follow fails loudly instead of sending a wrong mail.
//
// One claimed mail is one e-mail to send: a confirmation, a welcome, a notice of one published change, or a
// digest of several changes for a subscriber who asked for daily or weekly mail. It holds the raw token of the
// mail's links (issued at claim time, stored only hashed) and the recipient's address: both live only in the
// worker's memory and in the mail.

const projectRef = z.strictObject({ slug, title: text });

/**
 * The public fields of the record a notice is about, per kind: the same fields (and checks) as in the project's
 * timeline document where the kinds overlap. Never a draft or an unpublished record.
 */
export const noticeItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('update'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: updateSchema,
  }),
  z.strictObject({
    kind: z.literal('decision'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: decisionSchema.pick({ id: true, title: true, decided_on: true, decided_by: true, decision: true, rationale: true, input_used: true }),
  }),
  z.strictObject({
    kind: z.literal('promise_status'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: z.strictObject({
      /** The promise_status_changes row. */
      id: uuid,
      promise_id: uuid,
      promise: text,
      status: z.enum(promiseStatuses),
      previous_status: z.enum(promiseStatuses).nullable(),
      changed_at: isoTimestamp,
      changed_by: text,
      explanation: z.string().nullable(),
    }),
  }),
  z.strictObject({
    kind: z.literal('council_outcome'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: z.strictObject({
      id: uuid,
      meets_on: isoDate,
      body: text,
      agenda_item: text,
      outcome: z.enum(councilOutcomes),
      outcome_summary: text,
      differs_from_participation: z.boolean(),
      council_reasons: z.string().nullable(),
    }),
  }),
  z.strictObject({
    kind: z.literal('key_date'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: keyDateSchema.omit({ phase_id: true }),
  }),
]);

export const claimedMailSchema = z.strictObject({
  /** Stable name of this mail across retries ('mail-<lowest outbox id>'); the worker's Message-ID is built from it. */
  key: z.string().regex(/^mail-\d{1,18}$/),
  /** Every outbox row this mail covers; complete_mail and fail_mail take exactly these. */
  outbox_ids: z.array(z.int().positive()).min(1),
  kind: z.enum(['confirm', 'welcome', 'notice', 'digest']),
  /** Which try this is, counting from 1. */
  attempt: z.int().min(1),
  to: z.string().min(3).max(254),
  language: z.enum(['nl', 'en']),
  organisation: z.strictObject({ slug, name: text }),
  /** The raw token of the mail's links: a confirm token for a confirmation mail, else a manage token. */
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  token_expires_at: isoTimestamp,
  /** The subscription the one-click unsubscribe removes; null removes every subscription of the recipient. */
  subscription_id: uuid.nullable(),
  /** For a digest: which one. Otherwise the frequency of the subscription the mail is about. */
  frequency: z.enum(['immediate', 'daily', 'weekly']),
  /** The project followed, for confirm and welcome; null when following every project (and for notices, see items). */
  project: projectRef.nullable(),
  /** confirm only: the address already confirmed this subscription (the mail then says so). */
  already_confirmed: z.boolean(),
  /** notice: exactly one; digest: one or more, oldest first; confirm and welcome: none. */
  items: z.array(noticeItemSchema),
});

export const mailBatchSchema = z.strictObject({ mails: z.array(claimedMailSchema) });

/** complete_mail and fail_mail answer how many outbox rows they changed. */
export const mailOutcomeSchema = z.strictObject({ changed: z.int().min(0) });

export type NoticeItem = z.infer<typeof noticeItemSchema>;
export type ClaimedMail = z.infer<typeof claimedMailSchema>;
export type MailBatch = z.infer<typeof mailBatchSchema>;
