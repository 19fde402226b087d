import type { FormSpec } from './types.ts';

/** A moment the council discusses or decides on the project, and what came of it. */
export const councilMomentForm: FormSpec = {
  kind: 'council_moment',
  save: 'staff_save_council_moment',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'agenda_item',
  name: { nl: 'Raadsmoment', en: 'Council moment' },
  fields: [
    { name: 'meets_on', type: 'date', label: { nl: 'Datum van de vergadering', en: 'Date of the meeting' }, required: true },
    { name: 'body', type: 'text', label: { nl: 'Wie vergadert', en: 'Who meets' }, help: { nl: 'Bijvoorbeeld Gemeenteraad of Commissie Ruimte.', en: 'For example the council or a committee.' }, required: true, maxLength: 200 },
    { name: 'agenda_item', type: 'text', label: { nl: 'Agendapunt', en: 'Agenda item' }, required: true, maxLength: 500 },
    { name: 'proposal', type: 'textarea', label: { nl: 'Voorstel', en: 'Proposal' }, required: true, maxLength: 4000 },
    { name: 'outcome', type: 'select', enumName: 'councilOutcome', label: { nl: 'Uitkomst', en: 'Outcome' }, required: true },
    { name: 'outcome_summary', type: 'textarea', label: { nl: 'Samenvatting van de uitkomst', en: 'Summary of the outcome' }, maxLength: 4000 },
    { name: 'differs_from_participation', type: 'boolean', label: { nl: 'Anders dan de participatie', en: 'Different from the participation' } },
    { name: 'council_reasons', type: 'textarea', label: { nl: 'Redenen van de raad', en: 'Council’s reasons' }, maxLength: 8000, showWhen: { field: 'differs_from_participation', equals: true } },
    { name: 'effect_on_promises', type: 'textarea', label: { nl: 'Wat dit betekent voor de toezeggingen', en: 'What this means for the promises' }, maxLength: 4000 },
    { name: 'source_url', type: 'url', label: { nl: 'Link naar het raadsstuk', en: 'Link to the council document' }, maxLength: 2000 },
  ],
};
