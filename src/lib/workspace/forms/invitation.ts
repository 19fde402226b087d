import type { FormSpec } from './types.ts';

/**
 * An invitation to the followers of the project who want to take part. Once approved it is mailed to them (only to
 * those of the group it names, when it names one) and cannot change; staff see to how many it went.
 */
export const invitationForm: FormSpec = {
  kind: 'invitation',
  save: 'staff_save_invitation',
  scope: 'project',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Uitnodiging', en: 'Invitation' },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { nl: 'Waarvoor (onderwerp van de e-mail)', en: 'What for (subject of the e-mail)' },
      required: true,
      maxLength: 200,
    },
    { name: 'body', type: 'textarea', label: { nl: 'Uitnodiging', en: 'Invitation' }, required: true, maxLength: 4000 },
    { name: 'key_date_id', type: 'reference', reference: 'key_date', label: { nl: 'Moment om mee te doen', en: 'Moment to take part' } },
    {
      name: 'group_name',
      type: 'text',
      label: { nl: 'Alleen voor de buurt of groep', en: 'Only for the neighbourhood or group' },
      maxLength: 100,
    },
    {
      name: 'reply_to',
      type: 'email',
      label: { nl: 'Antwoorden gaan naar (e-mailadres)', en: 'Replies go to (e-mail address)' },
      required: true,
      maxLength: 254,
    },
  ],
};
