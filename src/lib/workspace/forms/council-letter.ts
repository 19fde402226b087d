import { sourceIdHelp } from './council-moment.ts';
import type { FormSpec } from './types.ts';

/** A raadsinformatiebrief: a letter in which the college informs the council about the project. */
export const councilLetterForm: FormSpec = {
  kind: 'council_letter',
  save: 'staff_save_council_letter',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Raadsinformatiebrief', en: 'Council information letter' },
  fields: [
    { name: 'sent_on', type: 'date', label: { nl: 'Datum van de brief', en: 'Date of the letter' }, required: true },
    {
      name: 'reference',
      type: 'text',
      label: { nl: 'Nummer', en: 'Number' },
      help: { nl: 'Bijvoorbeeld RIB 2026-031.', en: 'For example RIB 2026-031.' },
      maxLength: 50,
    },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Samenvatting', en: 'Summary' },
      help: { nl: 'Wat de brief de raad vertelt, in gewone taal.', en: 'What the letter tells the council, in plain language.' },
      required: true,
      maxLength: 4000,
    },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'source_url', type: 'url', label: { nl: 'Link naar de brief', en: 'Link to the letter' }, maxLength: 2000 },
    { name: 'source_id', type: 'text', label: { nl: 'Id van de brief', en: 'Id of the letter' }, help: sourceIdHelp, maxLength: 100 },
  ],
};
