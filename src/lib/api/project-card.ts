import { z } from 'zod';
import { councilRoleSchema, keyDateKindSchema, participationLevelSchema, phaseKindSchema, projectStatusSchema } from './enums.ts';
import { isoDate, isoTimestamp, slug, text, translations } from './primitives.ts';

/** portal.next_key_date_json: the next moment to take part, or the one going on now. */
export const nextMomentSchema = z.strictObject({
  kind: keyDateKindSchema,
  title: text,
  starts_at: isoTimestamp,
  ends_at: isoTimestamp.nullable(),
  translations,
});

/** The fields a project has both as a card (list_projects) and in its timeline document (project_timeline). */
export const projectFields = {
  slug,
  title: text,
  summary: text,
  theme: text,
  area: text,
  status: projectStatusSchema,
  starts_on: isoDate,
  ends_on: isoDate.nullable(),
  council_role: councilRoleSchema,
  updated_at: isoTimestamp,
  translations,
};

/** One element of the array returned by public.list_projects(org_slug). */
export const projectCardSchema = z.strictObject({
  ...projectFields,
  // Null before the first phase has started.
  current_phase: z
    .strictObject({ kind: phaseKindSchema, title: text, participation_level: participationLevelSchema, translations })
    .nullable(),
  next_moment: nextMomentSchema.nullable(),
  open_for_input: z.boolean(),
});

/** The document returned by public.list_projects(org_slug). */
export const projectListSchema = z.array(projectCardSchema);

export type NextMoment = z.infer<typeof nextMomentSchema>;
export type ProjectCard = z.infer<typeof projectCardSchema>;
