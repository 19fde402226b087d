import * as z from 'zod/mini';
import { publicationStates, staffRoles } from './roles.ts';

// The answers of the staff read functions, checked before the workspace shows them: a changed API shows a
// clear message instead of a blank screen. Records are kept whole (loose objects): the forms read their
// columns by name from the field specs. zod/mini rather than zod: the same checks at a fifth of the weight
// in the browser.

const id = z.string().check(z.minLength(1));
const timestamp = z.string().check(z.minLength(1));
const nullableText = z._default(z.nullable(z.string()), null);
export const publicationSchema = z.enum(publicationStates);
export const staffRoleSchema = z.enum(staffRoles);

export const membershipSchema = z.looseObject({
  organisation_id: id,
  slug: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  allow_self_approval: z._default(z.boolean(), false),
});

export const workspaceProjectSchema = z.looseObject({
  id,
  organisation_id: id,
  slug: z.string(),
  title: z.string(),
  status: z.string(),
  publication: publicationSchema,
  updated_at: timestamp,
  counts: z._default(z.object({ draft: z._default(z.number(), 0), awaiting_approval: z._default(z.number(), 0) }), {
    draft: 0,
    awaiting_approval: 0,
  }),
});

const contentSchema = z._default(z.nullable(z.record(z.string(), z.unknown())), null);

/** What waits for approval: a new record, or a change to a published one (is_revision), with its words. */
export const awaitingItemSchema = z.looseObject({
  kind: z.string(),
  id,
  /** Null for a person, who belongs to the organisation rather than a project. */
  project_id: z._default(z.nullable(z.string()), null),
  organisation_id: id,
  project_title: z._default(z.nullable(z.string()), null),
  title: z._default(z.nullable(z.string()), ''),
  state: publicationSchema,
  submitted_at: nullableText,
  publish_at: nullableText,
  is_revision: z._default(z.boolean(), false),
  /** The caller wrote part of it. */
  is_mine: z._default(z.boolean(), false),
  /** The database's answer: the caller may approve it (an approver who wrote none of it, or self-approval allowed). */
  may_approve: z._default(z.boolean(), false),
  /** The public content it would have. */
  content: contentSchema,
  /** For a change: the public content it has now. */
  published: contentSchema,
  /** The rules of its project's eight-keys check that approving it would close (fixes) or open (breaks). */
  check_effect: z._default(z.nullable(z.object({ fixes: z.array(z.string()), breaks: z.array(z.string()) })), null),
});

/**
 * A rule of the eight-keys check, as public.check_rules names it: the workspace's loose reading, in zod/mini, of
 * what src/lib/api/check.ts (checkRuleSchema) checks strictly for the build.
 */
const staffCheckRuleSchema = z.looseObject({
  rule: z.string(),
  key: z.number(),
  title: z.object({ nl: z.string(), en: z.string() }),
  explanation: z.object({ nl: z.string(), en: z.string() }),
  fix_kind: z.string(),
});

/** One rule's result in a project's check (portal.eight_keys): the loose reading of src/lib/api/check.ts checkResultSchema. */
const staffCheckResultSchema = z.looseObject({
  rule: z.string(),
  key: z.number(),
  state: z.enum(['met', 'open', 'not_applicable']),
  facts: z._default(z.record(z.string(), z.unknown()), {}),
  records: z._default(z.array(z.looseObject({ kind: z.string(), id: z.string() })), []),
});

/** The check of what is public of a project now, with the rules' words. */
export const staffCheckSchema = z.looseObject({
  as_of: z.string(),
  results: z.array(staffCheckResultSchema),
  rules: z._default(z.array(staffCheckRuleSchema), []),
});

export const staffWorkspaceSchema = z.object({
  user: z.looseObject({ id, email: z._default(z.nullable(z.string()), '') }),
  memberships: z._default(z.array(membershipSchema), []),
  projects: z._default(z.array(workspaceProjectSchema), []),
  awaiting_approval: z._default(z.array(awaitingItemSchema), []),
  check_rules: z._default(z.array(staffCheckRuleSchema), []),
});

/** A change to a published record that is not public yet (portal.staff_record's pending). */
export const pendingSchema = z.looseObject({
  state: publicationSchema,
  submitted_at: nullableText,
  returned_reason: nullableText,
  publish_at: nullableText,
  may_approve: z._default(z.boolean(), false),
  i_wrote: z._default(z.boolean(), false),
  changed_fields: z._default(z.array(z.string()), []),
  published: z._default(z.record(z.string(), z.unknown()), {}),
});

const recordShape = {
  id,
  updated_at: z.optional(timestamp),
  publication: z.optional(publicationSchema),
  author_id: z.optional(z.nullable(z.string())),
  returned_reason: z.optional(z.nullable(z.string())),
  publish_at: z.optional(z.nullable(z.string())),
  /** The caller may approve the record as it is (a draft or awaiting record). */
  may_approve: z._default(z.boolean(), false),
  i_wrote: z._default(z.boolean(), false),
  pending: z._default(z.nullable(pendingSchema), null),
};

/** A record of any kind in staff_project: its id and version, the rest by column name. */
export const recordSchema = z.looseObject(recordShape);

const records = z._default(z.array(recordSchema), []);

/** A promise's status change that waits for approval. */
export const pendingStatusSchema = z.looseObject({
  status: z.string(),
  explanation: nullableText,
  evidence_url: nullableText,
  changed_by: z._default(z.nullable(z.string()), ''),
  state: publicationSchema,
  returned_reason: nullableText,
  publish_at: nullableText,
  updated_at: nullableText,
  may_approve: z._default(z.boolean(), false),
  i_wrote: z._default(z.boolean(), false),
});

export const promiseHistorySchema = z.looseObject({
  id,
  status: z.string(),
  changed_at: timestamp,
  changed_by: z._default(z.nullable(z.string()), ''),
  explanation: nullableText,
  evidence_url: nullableText,
});

export const staffProjectSchema = z.object({
  project: z.looseObject({ ...recordShape, organisation_id: id, slug: z.string(), title: z.string(), publication: publicationSchema }),
  organisation: z.looseObject({
    id,
    slug: z.string(),
    name: z.string(),
    role: staffRoleSchema,
    allow_self_approval: z._default(z.boolean(), false),
  }),
  people: records,
  assignments: z._default(z.array(z.looseObject({ ...recordShape, person_id: id, role: z.string(), since: z.string() })), []),
  phases: records,
  handovers: records,
  council_moments: records,
  /** Motions and amendments, by the date of their council moment. */
  motions: records,
  council_letters: records,
  key_dates: records,
  groups: records,
  lessons: records,
  updates: records,
  decisions: records,
  input_themes: records,
  invitations: records,
  promises: z._default(
    z.array(
      z.looseObject({
        ...recordShape,
        history: z._default(z.array(promiseHistorySchema), []),
        pending_status: z._default(z.nullable(pendingStatusSchema), null),
      }),
    ),
    [],
  ),
  check: z._default(z.nullable(staffCheckSchema), null),
});

const row = z._default(z.nullable(z.record(z.string(), z.unknown())), null);

export const auditEntrySchema = z.looseObject({
  id: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  at: timestamp,
  actor_id: nullableText,
  actor_email: nullableText,
  action: z.enum(['insert', 'update', 'delete']),
  table_name: z.string(),
  record_id: nullableText,
  project_id: nullableText,
  before: row,
  after: row,
});
export const auditLogSchema = z.array(auditEntrySchema);

export const memberSchema = z.looseObject({
  user_id: id,
  email: z._default(z.nullable(z.string()), ''),
  role: staffRoleSchema,
  created_at: nullableText,
});
export const membersSchema = z.array(memberSchema);

export type Membership = z.output<typeof membershipSchema>;
export type WorkspaceProject = z.output<typeof workspaceProjectSchema>;
export type AwaitingItem = z.output<typeof awaitingItemSchema>;
export type StaffWorkspace = z.output<typeof staffWorkspaceSchema>;
export type StaffRecord = z.output<typeof recordSchema>;
export type StaffProject = z.output<typeof staffProjectSchema>;
export type StaffPromiseHistoryEntry = z.output<typeof promiseHistorySchema>;
export type Pending = z.output<typeof pendingSchema>;
export type PendingStatus = z.output<typeof pendingStatusSchema>;
export type AuditEntry = z.output<typeof auditEntrySchema>;
export type Member = z.output<typeof memberSchema>;
export type CheckRuleWords = z.output<typeof staffCheckRuleSchema>;
export type CheckResultView = z.output<typeof staffCheckResultSchema>;
export type StaffCheck = z.output<typeof staffCheckSchema>;
