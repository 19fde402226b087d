import type { FormSpec } from './types.ts';

/** A handover between departments or people, so residents keep knowing who to ask. */
export const handoverForm: FormSpec = {
  kind: 'handover',
  save: 'staff_save_handover',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'handed_over_on',
  name: { nl: 'Overdracht', en: 'Handover' },
  fields: [
    { name: 'handed_over_on', type: 'date', label: { nl: 'Overgedragen op', en: 'Handed over on' }, required: true },
    { name: 'from_phase_id', type: 'reference', reference: 'phase', label: { nl: 'Van fase', en: 'From phase' } },
    { name: 'to_phase_id', type: 'reference', reference: 'phase', label: { nl: 'Naar fase', en: 'To phase' } },
    { name: 'from_department', type: 'text', label: { nl: 'Van afdeling', en: 'From department' }, required: true, maxLength: 200 },
    { name: 'to_department', type: 'text', label: { nl: 'Naar afdeling', en: 'To department' }, required: true, maxLength: 200 },
    {
      name: 'from_person_id',
      type: 'reference',
      reference: 'person',
      label: { nl: 'Vorige contactpersoon', en: 'Previous contact person' },
    },
    { name: 'to_person_id', type: 'reference', reference: 'person', label: { nl: 'Nieuwe contactpersoon', en: 'New contact person' } },
    { name: 'note', type: 'textarea', label: { nl: 'Wat is overgedragen', en: 'What was handed over' }, required: true, maxLength: 4000 },
  ],
};
