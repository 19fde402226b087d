import type { FormSpec } from './types.ts';

/** A person of the organisation, shown on project pages as contact, project lead or alderman. No e-mail. */
export const personForm: FormSpec = {
  kind: 'person',
  save: 'staff_save_person',
  scope: 'organisation',
  publishable: true,
  versioned: true,
  titleField: 'name',
  name: { nl: 'Persoon', en: 'Person' },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, maxLength: 200 },
    { name: 'job_title', type: 'text', label: { nl: 'Functie', en: 'Job title' }, required: true, maxLength: 200 },
    { name: 'department', type: 'text', label: { nl: 'Afdeling', en: 'Department' }, maxLength: 200 },
    { name: 'portfolio', type: 'text', label: { nl: 'Portefeuille', en: 'Portfolio' }, maxLength: 500 },
    { name: 'phone', type: 'text', label: { nl: 'Telefoonnummer', en: 'Phone number' }, maxLength: 20 },
    {
      name: 'contact_url',
      type: 'url',
      label: { nl: 'Contactpagina', en: 'Contact page' },
      help: {
        nl: 'Geen e-mailadres: dat hoort niet op een openbare pagina.',
        en: 'No e-mail address: it does not belong on a public page.',
      },
      maxLength: 2000,
    },
  ],
};

/** Makes a person the contact, project lead or alderman of a project from a date; the previous holder ends. */
export const assignmentForm: FormSpec = {
  kind: 'assignment',
  save: 'staff_assign_person',
  scope: 'project',
  publishable: false,
  versioned: false,
  titleField: 'role',
  name: { nl: 'Rol in het project', en: 'Role in the project' },
  fields: [
    { name: 'person_id', type: 'reference', reference: 'person', label: { nl: 'Persoon', en: 'Person' }, required: true },
    { name: 'role', type: 'select', enumName: 'personRole', label: { nl: 'Rol', en: 'Role' }, required: true },
    { name: 'since', type: 'date', label: { nl: 'Vanaf', en: 'Since' }, required: true },
  ],
};
