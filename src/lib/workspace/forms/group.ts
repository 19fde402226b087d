import type { FormSpec } from './types.ts';

/** A group that is involved, or a gap: a group the project has not reached yet. */
export const groupForm: FormSpec = {
  kind: 'group',
  save: 'staff_save_group',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'name',
  name: { nl: 'Groep', en: 'Group' },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam van de groep', en: 'Name of the group' }, required: true, maxLength: 200 },
    {
      name: 'status',
      type: 'select',
      enumName: 'groupStatus',
      label: { nl: 'Betrokken of nog niet bereikt', en: 'Involved or not reached yet' },
      required: true,
    },
    { name: 'note', type: 'textarea', label: { nl: 'Toelichting', en: 'Note' }, required: true, maxLength: 2000 },
  ],
};
