import type { FormSpec } from './types.ts';

/** A theme residents raised ("you said"), which decisions later answer ("we did"). */
export const inputThemeForm: FormSpec = {
  kind: 'input_theme',
  save: 'staff_save_input_theme',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Inbreng van inwoners', en: 'Residents’ input' },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Thema', en: 'Theme' }, required: true, maxLength: 200 },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    {
      name: 'you_said',
      type: 'textarea',
      label: { nl: 'Wat bewoners zeiden', en: 'What residents said' },
      required: true,
      maxLength: 4000,
    },
    { name: 'times_raised', type: 'integer', min: 0, max: 1000000, label: { nl: 'Hoe vaak genoemd', en: 'Times raised' } },
  ],
};
