import { z } from 'zod';
import { councilOutcomeSchema, councilRoleSchema } from './enums.ts';
import { isoDate, slug, text, translations, uuid, webUrl } from './primitives.ts';
import { recordMeta } from './public-record.ts';

/** The fields a council moment has both in project_timeline and in list_council_moments. */
const councilMomentFields = {
  id: uuid,
  meets_on: isoDate,
  body: text,
  agenda_item: text,
  proposal: text,
  outcome: councilOutcomeSchema,
  outcome_summary: z.string().nullable(),
  differs_from_participation: z.boolean(),
  council_reasons: z.string().nullable(),
  effect_on_promises: z.string().nullable(),
  source_url: webUrl.nullable(),
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

export type TimelineCouncilMoment = z.infer<typeof timelineCouncilMomentSchema>;
export type CouncilMomentListItem = z.infer<typeof councilMomentListItemSchema>;
