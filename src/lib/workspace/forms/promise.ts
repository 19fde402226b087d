import type { FormSpec } from './types.ts';

/**
 * A promise (toezegging) to residents, or one the college made to the council. Its status changes only through
 * promiseStatusForm.
 */
export const promiseForm: FormSpec = {
  kind: 'promise',
  save: 'staff_save_promise',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'body',
  name: { nl: 'Toezegging', en: 'Promise' },
  fields: [
    { name: 'body', type: 'textarea', label: { nl: 'Toezegging', en: 'Promise' }, required: true, maxLength: 2000 },
    { name: 'made_on', type: 'date', label: { nl: 'Datum van de toezegging', en: 'Date of the promise' }, required: true },
    { name: 'made_by', type: 'text', label: { nl: 'Wie het beloofde', en: 'Who promised' }, required: true, maxLength: 200 },
    {
      name: 'made_to',
      type: 'select',
      enumName: 'promiseAudience',
      initial: 'residents',
      label: { nl: 'Aan wie het beloofd is', en: 'To whom it was promised' },
      help: {
        nl: 'Een toezegging aan de gemeenteraad deed het college aan de raad, bijvoorbeeld in een vergadering.',
        en: 'A promise to the council is one the executive made to the council, for example in a meeting.',
      },
      required: true,
    },
    {
      name: 'context',
      type: 'text',
      label: { nl: 'Waar het beloofd is', en: 'Where it was promised' },
      help: { nl: 'Bijvoorbeeld: bij de inloopavond van 12 maart.', en: 'For example: at the walk-in evening of 12 March.' },
      required: true,
      maxLength: 500,
    },
    { name: 'phase_id', type: 'reference', reference: 'phase', label: { nl: 'Fase', en: 'Phase' } },
    { name: 'due_on', type: 'date', label: { nl: 'Datum waarop het klaar is', en: 'Date it is due' } },
  ],
};

/**
 * A new status of a promise: it waits for a second person's approval, then joins the public history. Every
 * status but open needs an explanation, which the API enforces (residents are owed the reason); the form shows
 * the API's message at that field.
 */
export const promiseStatusForm: FormSpec = {
  kind: 'promise_status',
  save: 'staff_change_promise_status',
  scope: 'project',
  publishable: false,
  versioned: false,
  titleField: 'status',
  name: { nl: 'Nieuwe status', en: 'New status' },
  fields: [
    { name: 'status', type: 'select', enumName: 'promiseStatus', label: { nl: 'Nieuwe status', en: 'New status' }, required: true },
    {
      name: 'explanation',
      type: 'textarea',
      label: { nl: 'Uitleg', en: 'Explanation' },
      help: {
        nl: 'Verplicht, behalve bij Open: inwoners lezen wat er is gebeurd en waarom. De status wordt openbaar als een fiatteur hem goedkeurt.',
        en: 'Required, except for Open: residents read what happened and why. The status goes public once an approver approves it.',
      },
      maxLength: 4000,
    },
    { name: 'evidence_url', type: 'url', label: { nl: 'Link naar het bewijs', en: 'Link to the evidence' }, maxLength: 2000 },
    {
      name: 'changed_by',
      type: 'text',
      label: { nl: 'Wie verantwoordelijk is', en: 'Who is accountable' },
      help: {
        nl: 'Wie de status veranderde, zoals inwoners het lezen: bijvoorbeeld Projectteam.',
        en: 'Who changed the status, as residents read it: for example Project team.',
      },
      required: true,
      maxLength: 200,
    },
  ],
};
