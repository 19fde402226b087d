import type { FormSpec } from './types.ts';

/** A date residents can take part on: a meeting, a walk-in, a survey deadline. */
export const keyDateForm: FormSpec = {
  kind: 'key_date',
  save: 'staff_save_key_date',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Belangrijke datum', en: 'Key date' },
  fields: [
    { name: 'kind', type: 'select', enumName: 'keyDateKind', label: { nl: 'Soort bijeenkomst', en: 'Kind of event' }, required: true },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'starts_at', type: 'datetime', label: { nl: 'Begin', en: 'Start' }, required: true },
    { name: 'ends_at', type: 'datetime', label: { nl: 'Einde', en: 'End' } },
    { name: 'location', type: 'text', label: { nl: 'Plek', en: 'Place' }, maxLength: 500 },
    { name: 'online_url', type: 'url', label: { nl: 'Link om online mee te doen', en: 'Link to take part online' }, maxLength: 2000 },
    { name: 'how_to_join', type: 'textarea', label: { nl: 'Hoe je meedoet', en: 'How to take part' }, required: true, maxLength: 2000 },
  ],
};
