import type { FormSpec } from './types.ts';

/** A news update on the project, written in markdown. */
export const updateForm: FormSpec = {
  kind: 'update',
  save: 'staff_save_update',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Nieuwsbericht', en: 'Update' },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'body_md', type: 'markdown', label: { nl: 'Tekst', en: 'Text' }, required: true, maxLength: 20000 },
  ],
};
