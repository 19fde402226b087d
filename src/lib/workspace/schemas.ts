import { z } from 'zod';
import { publicationStates, staffRoles } from './roles.ts';

// The answers of the staff read functions, checked before the workspace shows them: a changed API shows a
// clear message instead of a blank screen. Records are kept whole (loose objects): the forms read their
// columns by name from the field specs.

const id = z.string().min(1);
const timestamp = z.string().min(1);
export const publicationSchema = z.enum(publicationStates);
export const staffRoleSchema = z.enum(staffRoles);

export const membershipSchema = z.looseObject({
  organisation_id: id,
  slug: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  allow_self_approval: z.boolean().default(false),
});

export const workspaceProjectSchema = z.looseObject({
  id,
  organisation_id: id,
  slug: z.string(),
  title: z.string(),
  status: z.string(),
  publication: publicationSchema,
  updated_at: timestamp,
  counts: z.object({ draft: z.number().int().default(0), awaiting_approval: z.number().int().default(0) }).default({ draft: 0, awaiting_approval: 0 }),
});

export const awaitingItemSchema = z.looseObject({
  kind: z.string(),
  id,
  project_id: id,
  project_title: z.string(),
  title: z.string().nullable().default(''),
  submitted_at: z.string().nullable().default(null),
  author_id: z.string().nullable().default(null),
  is_mine: z.boolean().default(false),
});

export const staffWorkspaceSchema = z.object({
  user: z.looseObject({ id, email: z.string().nullable().default('') }),
  memberships: z.array(membershipSchema).default([]),
  projects: z.array(workspaceProjectSchema).default([]),
  awaiting_approval: z.array(awaitingItemSchema).default([]),
});

/** A record of any kind in staff_project: its id and version, the rest by column name. */
export const recordSchema = z.looseObject({
  id,
  updated_at: timestamp.optional(),
  publication: publicationSchema.optional(),
  author_id: z.string().nullable().optional(),
});

const records = z.array(recordSchema).default([]);

export const promiseHistorySchema = z.looseObject({
  id,
  status: z.string(),
  changed_at: timestamp,
  changed_by: z.string().nullable().default(''),
  explanation: z.string().nullable().default(null),
  evidence_url: z.string().nullable().default(null),
});

export const staffProjectSchema = z.object({
  project: recordSchema.extend({ organisation_id: id, slug: z.string(), title: z.string(), publication: publicationSchema }),
  organisation: z.looseObject({ id, slug: z.string(), name: z.string(), role: staffRoleSchema, allow_self_approval: z.boolean().default(false) }),
  people: records,
  assignments: z.array(z.looseObject({ person_id: id, role: z.string(), since: z.string() })).default([]),
  phases: records,
  handovers: records,
  council_moments: records,
  key_dates: records,
  groups: records,
  lessons: records,
  updates: records,
  decisions: records,
  input_themes: records,
  promises: z.array(recordSchema.extend({ history: z.array(promiseHistorySchema).default([]) })).default([]),
});

export const auditEntrySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  at: timestamp,
  actor_id: z.string().nullable().default(null),
  actor_email: z.string().nullable().default(null),
  action: z.enum(['insert', 'update', 'delete']),
  table_name: z.string(),
  record_id: z.string().nullable().default(null),
  project_id: z.string().nullable().default(null),
  before: z.record(z.string(), z.unknown()).nullable().default(null),
  after: z.record(z.string(), z.unknown()).nullable().default(null),
});
export const auditLogSchema = z.array(auditEntrySchema);

export const memberSchema = z.looseObject({ user_id: id, email: z.string().nullable().default(''), role: staffRoleSchema, created_at: z.string().nullable().default(null) });
export const membersSchema = z.array(memberSchema);

export type Membership = z.infer<typeof membershipSchema>;
export type WorkspaceProject = z.infer<typeof workspaceProjectSchema>;
export type AwaitingItem = z.infer<typeof awaitingItemSchema>;
export type StaffWorkspace = z.infer<typeof staffWorkspaceSchema>;
export type StaffRecord = z.infer<typeof recordSchema>;
export type StaffProject = z.infer<typeof staffProjectSchema>;
export type PromiseHistoryEntry = z.infer<typeof promiseHistorySchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type Member = z.infer<typeof memberSchema>;
