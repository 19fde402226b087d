import type { FormSpec } from './types.ts';

/** A project's basics: what it is, where, its status, the council's role and the investment figures. */
export const projectForm: FormSpec = {
  kind: 'project',
  save: 'staff_save_project',
  scope: 'organisation',
  publishable: true,
  versioned: true,
  titleField: 'title',
  name: { nl: 'Project', en: 'Project' },
  fields: [
    { name: 'organisation_id', type: 'reference', reference: 'organisation', label: { nl: 'Organisatie', en: 'Organisation' }, required: true, createOnly: true },
    {
      name: 'slug',
      type: 'text',
      label: { nl: 'Webadres', en: 'Web address' },
      help: { nl: 'Kleine letters, cijfers en streepjes, bijvoorbeeld herinrichting-marktplein.', en: 'Lower-case letters, digits and hyphens, for example market-square.' },
      required: true,
      maxLength: 80,
      createOnly: true,
    },
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', label: { nl: 'Samenvatting', en: 'Summary' }, help: { nl: 'Een of twee korte zinnen: waar gaat het over?', en: 'One or two short sentences: what is it about?' }, required: true, maxLength: 2000 },
    { name: 'theme', type: 'text', label: { nl: 'Thema', en: 'Theme' }, help: { nl: 'Bijvoorbeeld Wonen of Verkeer.', en: 'For example Housing or Traffic.' }, required: true, maxLength: 100 },
    { name: 'area', type: 'text', label: { nl: 'Gebied', en: 'Area' }, help: { nl: 'De wijk of buurt, of Hele gemeente.', en: 'The district or neighbourhood, or the whole municipality.' }, required: true, maxLength: 100 },
    { name: 'status', type: 'select', enumName: 'projectStatus', label: { nl: 'Status', en: 'Status' }, required: true },
    { name: 'starts_on', type: 'date', label: { nl: 'Begint op', en: 'Starts on' }, required: true },
    { name: 'ends_on', type: 'date', label: { nl: 'Eindigt op', en: 'Ends on' } },
    { name: 'council_role', type: 'select', enumName: 'councilRole', label: { nl: 'Rol van de gemeenteraad', en: 'Role of the council' }, required: true },
    { name: 'council_role_explanation', type: 'textarea', label: { nl: 'Uitleg over de rol van de raad', en: 'Explanation of the council’s role' }, maxLength: 2000 },
    { name: 'meetings_held', type: 'integer', min: 0, max: 100000, label: { nl: 'Aantal bijeenkomsten', en: 'Meetings held' } },
    { name: 'participant_hours', type: 'integer', min: 0, max: 100000, label: { nl: 'Uren per deelnemer', en: 'Hours per participant' } },
    { name: 'budget_eur', type: 'decimal', min: 0, max: 9999999999.99, label: { nl: 'Budget in euro', en: 'Budget in euros' } },
    { name: 'budget_note', type: 'textarea', label: { nl: 'Toelichting op het budget', en: 'Budget note' }, maxLength: 1000 },
  ],
};
