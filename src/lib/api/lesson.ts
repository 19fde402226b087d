import { z } from 'zod';
import { lessonCategorySchema, phaseKindSchema } from './enums.ts';
import { isoDate, slug, text, translations, uuid } from './primitives.ts';
import { recordMeta } from './public-record.ts';

/** A lesson inside public.project_timeline. */
export const timelineLessonSchema = z.strictObject({
  id: uuid,
  phase_id: uuid.nullable(),
  category: lessonCategorySchema,
  title: text,
  lesson: text,
  recorded_on: isoDate,
  translations,
  ...recordMeta,
});

/** One element of the array returned by public.list_lessons(org_slug, phase_kind, category). */
export const lessonListItemSchema = z.strictObject({
  id: uuid,
  project: z.strictObject({ slug, title: text, translations }),
  // Null when the lesson is not tied to a phase (the SQL joins phases with a left join).
  phase_kind: phaseKindSchema.nullable(),
  category: lessonCategorySchema,
  title: text,
  lesson: text,
  recorded_on: isoDate,
  translations,
});

export const lessonListSchema = z.array(lessonListItemSchema);

export type TimelineLesson = z.infer<typeof timelineLessonSchema>;
export type LessonListItem = z.infer<typeof lessonListItemSchema>;
