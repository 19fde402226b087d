import { keyDateKinds } from '../../api/enums.ts';
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
    { name: 'kind', type: 'select', options: keyDateKinds, enumName: 'keyDateKind', label: { nl: 'Soort', en: 'Kind' }, required: true },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'starts_at', type: 'datetime', label: { nl: 'Begint', en: 'Starts' }, required: true },
    { name: 'ends_at', type: 'datetime', label: { nl: 'Eindigt', en: 'Ends' } },
    { name: 'location', type: 'text', label: { nl: 'Plaats', en: 'Location' }, maxLength: 500 },
    { name: 'online_url', type: 'url', label: { nl: 'Link voor online meedoen', en: 'Link to join online' }, maxLength: 2000 },
    { name: 'how_to_join', type: 'textarea', label: { nl: 'Hoe doet u mee', en: 'How to take part' }, required: true, maxLength: 2000 },
  ],
};
