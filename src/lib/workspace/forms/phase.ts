import type { FormSpec } from './types.ts';

/** A phase with its expectations: what residents can influence, what is fixed, the time asked, the results. */
export const phaseForm: FormSpec = {
  kind: 'phase',
  save: 'staff_save_phase',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Fase', en: 'Phase' },
  fields: [
    { name: 'position', type: 'integer', min: 1, max: 50, label: { nl: 'Volgnummer', en: 'Position' }, help: { nl: '1 is de eerste fase.', en: '1 is the first phase.' }, required: true },
    { name: 'kind', type: 'select', enumName: 'phaseKind', label: { nl: 'Soort fase', en: 'Kind of phase' }, required: true },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'starts_on', type: 'date', label: { nl: 'Begint op', en: 'Starts on' }, required: true },
    { name: 'ends_on', type: 'date', label: { nl: 'Eindigt op', en: 'Ends on' } },
    { name: 'participation_level', type: 'select', enumName: 'participationLevel', label: { nl: 'Niveau van meedoen', en: 'Participation level' }, required: true },
    { name: 'open_for_input', type: 'textarea', label: { nl: 'Wat bewoners nog kunnen beïnvloeden', en: 'What residents can still influence' }, required: true, maxLength: 4000 },
    { name: 'fixed_frames', type: 'textarea', label: { nl: 'Wat al vastligt', en: 'What is already fixed' }, required: true, maxLength: 4000 },
    { name: 'time_asked', type: 'textarea', label: { nl: 'Tijd die we vragen', en: 'Time asked' }, required: true, maxLength: 1000 },
    { name: 'time_asked_hours', type: 'decimal', min: 0, max: 10000, label: { nl: 'Tijd in uren', en: 'Time in hours' } },
    { name: 'results_expected', type: 'textarea', label: { nl: 'Wanneer bewoners terughoren', en: 'When residents hear back' }, required: true, maxLength: 1000 },
    { name: 'results_expected_on', type: 'date', label: { nl: 'Uitkomst verwacht op', en: 'Results expected on' } },
    { name: 'department', type: 'text', label: { nl: 'Afdeling', en: 'Department' }, required: true, maxLength: 200 },
    { name: 'contact_person_id', type: 'reference', reference: 'person', label: { nl: 'Contactpersoon', en: 'Contact person' } },
    {
      name: 'council_role',
      type: 'select',
      enumName: 'councilRole',
      emptyLabel: { nl: 'Zoals bij het project', en: 'As for the project' },
      label: { nl: 'Rol van de gemeenteraad in deze fase', en: 'The council’s role in this phase' },
      help: { nl: 'Kies alleen een rol als de raad in deze fase iets anders doet dan bij het project staat.', en: 'Only choose a role when the council does something else in this phase than the project says.' },
    },
    {
      name: 'council_role_explanation',
      type: 'textarea',
      label: { nl: 'Uitleg over de rol van de raad', en: 'Explanation of the council’s role' },
      help: { nl: 'Wat de raad in deze fase doet, en wat dat betekent voor inwoners.', en: 'What the council does in this phase, and what that means for residents.' },
      maxLength: 2000,
      showWhen: { field: 'council_role', equals: ['kaderstellend', 'besluitvormend', 'controlerend', 'adviesrecht', 'geen'] },
    },
  ],
};
