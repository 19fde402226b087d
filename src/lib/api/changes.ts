import { z } from 'zod';
import { councilOutcomeSchema, projectStatusSchema, promiseStatusSchema } from './enums.ts';
import { isoTimestamp, slug, text, uuid } from './primitives.ts';

const changeFields = { project_slug: slug, id: uuid, title: text, changed_at: isoTimestamp };

/**
 * One change in public.changes_since. `status` depends on the kind: the project's status, the promise's
 * status, the council moment's outcome, and null for the kinds that have none.
 */
export const changeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project'), status: projectStatusSchema, ...changeFields }),
  z.strictObject({ kind: z.literal('promise'), status: promiseStatusSchema, ...changeFields }),
  z.strictObject({ kind: z.literal('council_moment'), status: councilOutcomeSchema, ...changeFields }),
  z.strictObject({ kind: z.literal('decision'), status: z.null(), ...changeFields }),
  z.strictObject({ kind: z.literal('key_date'), status: z.null(), ...changeFields }),
  z.strictObject({ kind: z.literal('update'), status: z.null(), ...changeFields }),
]);

/** The document returned by public.changes_since(org_slug, since, project_slug): at most 200 changes, newest first. */
export const changesSchema = z.strictObject({
  checked_at: isoTimestamp,
  changes: z.array(changeSchema).max(200),
});

export type Change = z.infer<typeof changeSchema>;
export type Changes = z.infer<typeof changesSchema>;
