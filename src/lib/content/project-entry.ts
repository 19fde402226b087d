import { z } from 'zod';
import { projectCardSchema, projectTimelineSchema } from '../api/index.ts';

/** What the `projects` collection holds per project. */
export const projectEntrySchema = z.strictObject({
  /** Where list_projects placed the project: sorted by the next moment to take part. */
  position: z.int().nonnegative(),
  card: projectCardSchema,
  timeline: projectTimelineSchema,
});

export type ProjectEntry = z.infer<typeof projectEntrySchema>;
