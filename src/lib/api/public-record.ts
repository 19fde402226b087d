import { z } from 'zod';
import { publishableKinds } from '../records/kinds.ts';
import { isoTimestamp, slug, text, uuid, wholeNumber } from './primitives.ts';

// The public record around each record of project_timeline: its version markers, the notices of what was
// withdrawn, and the version history (see supabase/migrations/20261204000100_public_record.sql).

export const publishableKindSchema = z.enum(publishableKinds);

/** Every published record carries these: the "gewijzigd" marker and the "published without a second check" marker. */
export const recordMeta = {
  /** How many versions were published; above 1 the record was changed after it first went public. */
  version: wholeNumber.min(1),
  /** When its latest revision was published; null when it was never revised. */
  revised_at: isoTimestamp.nullable(),
  /** Approved by someone who also wrote it, where the organisation allows that. */
  self_approved: z.boolean(),
};

/** A record that was withdrawn: what it was, when and why. */
export const withdrawnSchema = z.strictObject({
  kind: publishableKindSchema,
  id: uuid,
  title: z.string().nullable(),
  withdrawn_at: isoTimestamp,
  reason: z.string().nullable(),
  version: wholeNumber.min(1),
});

/**
 * A project that was public and is withdrawn: the notice the site keeps at its address (public.withdrawn_projects).
 * Its title and address were public; the reason is the one residents were given.
 */
export const withdrawnProjectSchema = z.strictObject({
  id: uuid,
  slug,
  title: text,
  withdrawn_at: isoTimestamp,
  /** Null only for a withdrawal imported from before the ledger without one. */
  reason: text.nullable(),
  version: wholeNumber.min(1),
});

/** The answer of public.withdrawn_projects: the projects, and the ledger entry they were read at. */
export const withdrawnProjectsSchema = z.strictObject({
  ledger_head: wholeNumber.min(1).nullable(),
  projects: z.array(withdrawnProjectSchema),
});

export const approvalSchema = z.enum(['four_eyes', 'self', 'single', 'import']);
export const eventTypeSchema = z.enum(['publish', 'revision', 'withdrawal', 'status_change']);

/** One publication event in a project's public history, with the content of that version. */
export const historyEntrySchema = z.strictObject({
  id: uuid,
  /** The ledger entry that records it. */
  seq: wholeNumber.min(1),
  type: eventTypeSchema,
  kind: publishableKindSchema,
  record_id: uuid,
  version: wholeNumber.min(1),
  at: isoTimestamp,
  title: z.string().nullable(),
  /** For a status change: the promise it changed. */
  promise_id: uuid.nullable(),
  approval: approvalSchema,
  /** The role (approver, admin) of who approved or withdrew it; never who. Null for imported events. */
  approved_by_role: z.string().nullable(),
  reason: z.string().nullable(),
  content: z.record(z.string(), z.unknown()),
  content_hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type Withdrawn = z.infer<typeof withdrawnSchema>;
export type WithdrawnProject = z.infer<typeof withdrawnProjectSchema>;
export type WithdrawnProjects = z.infer<typeof withdrawnProjectsSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Approval = z.infer<typeof approvalSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
