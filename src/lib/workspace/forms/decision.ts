import type { FormSpec } from './types.ts';

/** A decision with its rationale, how input was used, and the input themes it answers ("we did"). */
export const decisionForm: FormSpec = {
  kind: 'decision',
  save: 'staff_save_decision',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Besluit', en: 'Decision' },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'decided_on', type: 'date', label: { nl: 'Datum van het besluit', en: 'Date of the decision' }, required: true },
    {
      name: 'decided_by',
      type: 'text',
      label: { nl: 'Wie besloot', en: 'Who decided' },
      help: { nl: 'Bijvoorbeeld het college.', en: 'For example the municipal executive.' },
      required: true,
      maxLength: 200,
    },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'decision', type: 'textarea', label: { nl: 'Besluit', en: 'Decision' }, required: true, maxLength: 4000 },
    { name: 'rationale', type: 'textarea', label: { nl: 'Uitleg waarom', en: 'Reasons' }, required: true, maxLength: 8000 },
    {
      name: 'input_used',
      type: 'textarea',
      label: { nl: 'Hoe de inbreng is gebruikt', en: 'How the input was used' },
      required: true,
      maxLength: 8000,
    },
    { name: 'source_url', type: 'url', label: { nl: 'Link naar het besluit', en: 'Link to the decision' }, maxLength: 2000 },
    {
      name: 'responses',
      type: 'responses',
      label: { nl: 'Inbreng die dit besluit beantwoordt', en: 'Input this decision answers' },
      maxLength: 4000,
    },
  ],
};
