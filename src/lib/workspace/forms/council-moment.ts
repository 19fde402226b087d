import type { FormSpec } from './types.ts';

/** The id an item has in Open Raadsinformatie, filled in by the council importer or by hand. */
export const sourceIdHelp = {
  nl: 'Het id in Open Raadsinformatie. Laat leeg als het er niet in staat.',
  en: 'The id in Open Raadsinformatie. Leave it empty when it is not in there.',
};

/**
 * A moment the council discusses or decides on the project, and what came of it: one agenda item of a committee or
 * a council meeting. A committee discusses and advises; only the council adopts, amends or rejects, and only a
 * committee finds a proposal ready for the council (the API refuses the others, naming the outcome).
 */
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
    {
      name: 'starts_at',
      type: 'datetime',
      label: { nl: 'Begintijd', en: 'Start time' },
      help: { nl: 'Op de datum van de vergadering.', en: 'On the date of the meeting.' },
    },
    {
      name: 'meeting_kind',
      type: 'select',
      enumName: 'councilMeetingKind',
      initial: 'council',
      label: { nl: 'Soort vergadering', en: 'Kind of meeting' },
      required: true,
    },
    {
      name: 'body',
      type: 'text',
      label: { nl: 'Wie vergadert', en: 'Who meets' },
      help: { nl: 'Bijvoorbeeld Gemeenteraad of Commissie Ruimte.', en: 'For example the council or a committee.' },
      required: true,
      maxLength: 200,
    },
    { name: 'agenda_item', type: 'text', label: { nl: 'Agendapunt', en: 'Agenda item' }, required: true, maxLength: 500 },
    { name: 'proposal', type: 'textarea', label: { nl: 'Voorstel', en: 'Proposal' }, required: true, maxLength: 4000 },
    {
      name: 'outcome',
      type: 'select',
      enumName: 'councilOutcome',
      label: { nl: 'Uitkomst', en: 'Outcome' },
      help: {
        nl: 'Een commissie neemt geen besluit: alleen de gemeenteraad neemt aan of verwerpt. Rijp voor besluit in de raad is een uitkomst van een commissie.',
        en: 'A committee does not decide: only the council adopts or rejects. Ready for a council decision is an outcome of a committee.',
      },
      required: true,
      unavailable: { field: 'meeting_kind', when: { committee: ['adopted', 'amended', 'rejected'], council: ['ready_for_council'] } },
    },
    {
      name: 'outcome_summary',
      type: 'textarea',
      label: { nl: 'Samenvatting van de uitkomst', en: 'Summary of the outcome' },
      maxLength: 4000,
    },
    {
      name: 'differs_from_participation',
      type: 'boolean',
      label: { nl: 'Anders dan de participatie', en: 'Different from the participation' },
    },
    {
      name: 'council_reasons',
      type: 'textarea',
      label: { nl: 'Redenen van de raad', en: 'Council’s reasons' },
      maxLength: 8000,
      showWhen: { field: 'differs_from_participation', equals: true },
    },
    {
      name: 'effect_on_promises',
      type: 'textarea',
      label: { nl: 'Wat dit betekent voor de toezeggingen', en: 'What this means for the promises' },
      maxLength: 4000,
    },
    { name: 'source_url', type: 'url', label: { nl: 'Link naar het raadsstuk', en: 'Link to the council document' }, maxLength: 2000 },
    {
      name: 'meeting_source_id',
      type: 'text',
      label: { nl: 'Id van de vergadering', en: 'Id of the meeting' },
      help: sourceIdHelp,
      maxLength: 100,
    },
    {
      name: 'source_id',
      type: 'text',
      label: { nl: 'Id van het agendapunt', en: 'Id of the agenda item' },
      help: sourceIdHelp,
      maxLength: 100,
    },
  ],
};
