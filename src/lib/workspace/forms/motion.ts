import { sourceIdHelp } from './council-moment.ts';
import type { FormSpec } from './types.ts';

/** The votes the API takes (portal.votes_are_valid): at most 60 parties, each named in at most 100 characters, 0 to 999 votes a side. */
const votes = { maxParties: 60, maxPartyLength: 100, maxVotes: 999 } as const;

/**
 * A motion or an amendment submitted at a council moment of the project, with its result and, once voted on, the
 * votes per party.
 */
export const motionForm: FormSpec = {
  kind: 'motion',
  save: 'staff_save_motion',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Motie of amendement', en: 'Motion or amendment' },
  fields: [
    {
      name: 'council_moment_id',
      type: 'reference',
      reference: 'council_moment',
      label: { nl: 'Raadsmoment', en: 'Council moment' },
      help: { nl: 'De vergadering waarin het is ingediend.', en: 'The meeting it was submitted at.' },
      required: true,
    },
    {
      name: 'kind',
      type: 'select',
      enumName: 'motionKind',
      initial: 'motion',
      label: { nl: 'Motie of amendement', en: 'Motion or amendment' },
      required: true,
    },
    {
      name: 'reference',
      type: 'text',
      label: { nl: 'Nummer', en: 'Number' },
      help: { nl: 'Bijvoorbeeld M2026-014.', en: 'For example M2026-014.' },
      maxLength: 50,
    },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    {
      name: 'submitted_by',
      type: 'text',
      label: { nl: 'Ingediend door', en: 'Submitted by' },
      help: { nl: 'De raadsleden en hun partijen.', en: 'The council members and their parties.' },
      required: true,
      maxLength: 500,
    },
    {
      name: 'asks',
      type: 'textarea',
      label: { nl: 'Wat het vraagt', en: 'What it asks' },
      help: {
        nl: 'Wat de motie het college vraagt, of wat het amendement aan het voorstel verandert.',
        en: 'What the motion asks of the executive, or what the amendment changes in the proposal.',
      },
      required: true,
      maxLength: 4000,
    },
    {
      name: 'result',
      type: 'select',
      enumName: 'motionResult',
      initial: 'pending',
      label: { nl: 'Uitslag', en: 'Result' },
      required: true,
    },
    {
      name: 'result_summary',
      type: 'textarea',
      label: { nl: 'Wat het veranderde', en: 'What it changed' },
      help: { nl: 'Verplicht als het is aangenomen.', en: 'Required when it was adopted.' },
      maxLength: 4000,
    },
    {
      name: 'votes',
      type: 'votes',
      label: { nl: 'Stemmen per partij', en: 'Votes per party' },
      help: {
        nl: `Per partij het aantal stemmen voor en tegen: hele getallen van 0 tot en met ${votes.maxVotes}.`,
        en: `For each party the number of votes for and against: whole numbers from 0 to ${votes.maxVotes}.`,
      },
      ...votes,
      showWhen: { field: 'result', equals: ['adopted', 'rejected'] },
    },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    {
      name: 'source_url',
      type: 'url',
      label: { nl: 'Link naar de motie of het amendement', en: 'Link to the motion or amendment' },
      maxLength: 2000,
    },
    {
      name: 'source_id',
      type: 'text',
      label: { nl: 'Id van de motie of het amendement', en: 'Id of the motion or amendment' },
      help: sourceIdHelp,
      maxLength: 100,
    },
  ],
};
