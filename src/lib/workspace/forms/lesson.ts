import type { FormSpec } from './types.ts';

/** A lesson learned, for the next project. */
export const lessonForm: FormSpec = {
  kind: 'lesson',
  save: 'staff_save_lesson',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Les', en: 'Lesson' },
  fields: [
    { name: 'category', type: 'select', enumName: 'lessonCategory', label: { nl: 'Onderwerp', en: 'Topic' }, required: true },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'lesson', type: 'textarea', label: { nl: 'Les', en: 'Lesson' }, required: true, maxLength: 4000 },
    { name: 'recorded_on', type: 'date', label: { nl: 'Datum', en: 'Date' }, required: true },
  ],
};
