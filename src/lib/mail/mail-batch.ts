import { z } from 'zod';
import { councilOutcomes, promiseStatuses } from '../api/enums.ts';
import { isoDate, isoTimestamp, slug, text, uuid } from '../api/primitives.ts';
import { decisionSchema, keyDateSchema, phaseSchema, updateSchema } from '../api/project-timeline.ts';
import { timelinePromiseSchema } from '../api/promise.ts';
import { publishableKindSchema } from '../api/public-record.ts';

// The contract between the database and the mail worker: the jsonb documents of public.fan_out_notices,
// public.claim_mail_batch, public.complete_mail, public.fail_mail and public.release_mail (supabase/migrations/20261128001400_notifications.sql). Both sides
// are written against this file; the worker parses every answer with it, so a change on one side that the
// other does not follow fails loudly instead of sending a wrong mail.
//
// One claimed mail is one e-mail to send: a confirmation, a welcome, a notice of one published change, or a
// digest of several changes for a subscriber who asked for daily or weekly mail. It holds the raw tokens of the
// mail's links (issued at claim time, stored only hashed) and the recipient's address: they live only in the
// worker's memory and in the mail.

/**
 * The English versions of a record's texts, as the public read API returns them with the record: optional here,
 * so a mail of a record without any (or from a database that does not send them) is Dutch with a notice.
 */
const translations = z.record(z.string(), z.record(z.string(), z.string().nullable())).nullable().optional();

const projectRef = z.strictObject({ slug, title: text, translations });

/** The version markers of a record on the site; a notice is about the record itself, without them. */
const noMeta = { version: true, revised_at: true, self_approved: true } as const;

/** A key date's public content as a version keeps it: the times in canonical UTC form, its English texts with it. */
const keyDateContent = keyDateSchema
  .pick({ phase_id: true, kind: true, title: true, starts_at: true, ends_at: true, location: true, online_url: true, how_to_join: true })
  .extend({ translations });

/** A phase's public content as a version keeps it (the expectations among it), its English texts with it. */
const phaseContent = phaseSchema
  .pick({
    position: true,
    kind: true,
    title: true,
    starts_on: true,
    ends_on: true,
    participation_level: true,
    open_for_input: true,
    fixed_frames: true,
    time_asked: true,
    time_asked_hours: true,
    results_expected: true,
    results_expected_on: true,
    department: true,
    contact_person_id: true,
    council_role: true,
    council_role_explanation: true,
  })
  .extend({ translations });

/** A change of a published record: the version before and after, side by side. */
function changeRecord<T extends z.ZodType>(content: T) {
  return z.strictObject({
    /** The record changed. */
    id: uuid,
    title: text,
    changed_at: isoTimestamp,
    /** Null only when the earlier version cannot be found (it always can: a revision follows a publication). */
    before: content.nullable(),
    after: content,
    /** The record's texts in other languages now (they belong to the version after). */
    translations,
  });
}

/**
 * The public fields of the record a notice is about, per kind: the same fields (and checks) as in the project's
 * timeline document where the kinds overlap. Never a draft or an unpublished record.
 */
export const noticeItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('update'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: updateSchema.omit(noMeta).extend({ translations }),
  }),
  z.strictObject({
    kind: z.literal('decision'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: decisionSchema
      .pick({ id: true, title: true, decided_on: true, decided_by: true, decision: true, rationale: true, input_used: true })
      .extend({ translations }),
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
      /** The status change's own texts (changed_by, explanation) in other languages. */
      translations,
      /** The promise's texts (body) in other languages. */
      promise_translations: translations,
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
      translations,
    }),
  }),
  z.strictObject({
    kind: z.literal('key_date'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: keyDateSchema.omit({ phase_id: true, ...noMeta }).extend({ translations }),
  }),
  z.strictObject({
    kind: z.literal('promise'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: timelinePromiseSchema
      .pick({ id: true, body: true, made_on: true, made_by: true, context: true, due_on: true })
      .extend({ translations }),
  }),
  z.strictObject({
    kind: z.literal('key_date_changed'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: changeRecord(keyDateContent),
  }),
  z.strictObject({
    kind: z.literal('expectations_changed'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: changeRecord(phaseContent),
  }),
  z.strictObject({
    kind: z.literal('invitation'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: z.strictObject({
      id: uuid,
      title: text,
      body: text,
      group_name: z.string().nullable(),
      /** Where replies go: the mail's Reply-To, never shown in it. */
      reply_to: z.string().regex(/^[^\s@<>",]+@[^\s@<>",]+$/, 'must be an e-mail address'),
      translations,
      /** The moment to take part it invites to, while that is public. */
      moment: keyDateSchema.omit({ phase_id: true, id: true, ...noMeta }).nullable(),
    }),
  }),
  z.strictObject({
    kind: z.literal('withdrawal'),
    outbox_id: z.int().positive(),
    project: projectRef,
    record: z.strictObject({
      /** The record withdrawn. */
      id: uuid,
      kind: publishableKindSchema,
      title: z.string().nullable(),
      reason: z.string().nullable(),
      withdrawn_at: isoTimestamp,
    }),
  }),
]);

const rawToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const claimedMailSchema = z
  .strictObject({
    /** Stable name of this mail across retries ('mail-<lowest outbox id>'); the worker's Message-ID is built from it. */
    key: z.string().regex(/^mail-\d{1,18}$/),
    /** Every outbox row this mail covers; complete_mail and fail_mail take these (with the claim id). */
    outbox_ids: z.array(z.int().positive()).min(1),
    kind: z.enum(['confirm', 'welcome', 'notice', 'digest']),
    /** Which try this is, counting from 1. */
    attempt: z.int().min(1),
    to: z.string().min(3).max(254),
    language: z.enum(['nl', 'en']),
    organisation: z.strictObject({ slug, name: text }),
    /** The raw token of the links in the mail's body: a confirm token for a confirmation mail, else a manage token. */
    token: rawToken,
    token_expires_at: isoTimestamp,
    /**
     * The token of the List-Unsubscribe header, which only unsubscribes (mail providers fetch that address and may
     * keep it); null for a confirmation mail, which has no such header.
     */
    unsubscribe_token: rawToken.nullable(),
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
  })
  .refine((mail) => (mail.kind === 'confirm') === (mail.unsubscribe_token === null), {
    message: 'A confirmation mail has no unsubscribe token, and every other mail has one',
    path: ['unsubscribe_token'],
  });

/**
 * One claim: its id, which complete_mail, fail_mail and release_mail name so that they change only rows still
 * under this claim, and its mails. Null and no mails when nothing was due; an id and no mails when everything
 * due was cancelled (no longer public).
 */
export const mailBatchSchema = z
  .strictObject({ claim_id: uuid.nullable(), mails: z.array(claimedMailSchema) })
  .refine((batch) => batch.claim_id !== null || batch.mails.length === 0, {
    message: 'A claim with mails has an id',
    path: ['claim_id'],
  });

/** complete_mail, fail_mail and release_mail answer how many outbox rows they changed. */
export const mailOutcomeSchema = z.strictObject({ changed: z.int().min(0) });

/** fan_out_notices: the notice it worked on (null when none waits), the rows it made, and whether that notice is done. */
export const fanOutSchema = z.strictObject({ notice_id: z.int().positive().nullable(), added: z.int().min(0), done: z.boolean() });

export type NoticeItem = z.infer<typeof noticeItemSchema>;
export type ClaimedMail = z.infer<typeof claimedMailSchema>;
export type MailBatch = z.infer<typeof mailBatchSchema>;
export type FanOutStep = z.infer<typeof fanOutSchema>;
