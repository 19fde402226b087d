import type {
  CouncilMeetingKind,
  CouncilRole,
  GroupStatus,
  KeyDateKind,
  LessonCategory,
  MotionKind,
  MotionResult,
  ParticipationLevel,
  PersonRole,
  PhaseKind,
  PromiseAudience,
} from '../../lib/api/enums.ts';
import type { Locale } from '../locales.ts';
import { councilOutcomeEn, councilOutcomeNl, projectStatusEn, projectStatusNl, promiseStatusEn, promiseStatusNl } from './status-labels.ts';

// The labels of the SQL enumerations, as residents read them on the site and staff choose them in the workspace.
// Each record is typed complete against its SQL enumeration and written in SQL order (the workspace offers the
// values in this order). Apart from the rest of the dictionary, so that the workspace's browser code carries only
// these labels, not the text of every page.

export const enumLabelsNl = {
  projectStatus: projectStatusNl,
  phaseKind: {
    vision: 'Verkenning',
    plan: 'Plan maken',
    decision: 'Besluit',
    execution: 'Uitvoering',
    management: 'Beheer',
  } satisfies Record<PhaseKind, string>,
  participationLevel: {
    informeren: 'Informeren',
    raadplegen: 'Raadplegen',
    adviseren: 'Adviseren',
    coproduceren: 'Samen maken',
    meebeslissen: 'Meebeslissen',
    zelfbeheer: 'Zelf beheren',
  } satisfies Record<ParticipationLevel, string>,
  personRole: {
    contact: 'Contactpersoon',
    project_lead: 'Projectleider',
    alderman: 'Wethouder',
  } satisfies Record<PersonRole, string>,
  councilRole: {
    kaderstellend: 'Kaderstellend',
    besluitvormend: 'Besluitvormend',
    controlerend: 'Controlerend',
    adviesrecht: 'Adviesrecht',
    geen: 'Het college beslist',
  } satisfies Record<CouncilRole, string>,
  councilOutcome: councilOutcomeNl,
  councilMeetingKind: {
    committee: 'Commissie',
    council: 'Gemeenteraad',
  } satisfies Record<CouncilMeetingKind, string>,
  motionKind: {
    motion: 'Motie',
    amendment: 'Amendement',
  } satisfies Record<MotionKind, string>,
  motionResult: {
    pending: 'Nog niet gestemd',
    adopted: 'Aangenomen',
    rejected: 'Verworpen',
    withdrawn: 'Ingetrokken',
    held: 'Aangehouden',
  } satisfies Record<MotionResult, string>,
  promiseAudience: {
    residents: 'Aan inwoners',
    council: 'Aan de gemeenteraad',
  } satisfies Record<PromiseAudience, string>,
  promiseStatus: promiseStatusNl,
  keyDateKind: {
    meeting: 'Bijeenkomst',
    walk_in: 'Inloopbijeenkomst',
    workshop: 'Werksessie',
    survey: 'Vragenlijst',
    sounding_board: 'Klankbordgroep',
    site_visit: 'Bezoek ter plekke',
    online_session: 'Online bijeenkomst',
    exhibition: 'Tentoonstelling',
    deadline: 'Uiterste datum',
  } satisfies Record<KeyDateKind, string>,
  groupStatus: {
    involved: 'Betrokken',
    gap: 'Nog niet bereikt',
  } satisfies Record<GroupStatus, string>,
  lessonCategory: {
    communication: 'Communicatie',
    inclusion: 'Iedereen laten meedoen',
    planning: 'Planning',
    collaboration: 'Samenwerking',
    decision_making: 'Besluitvorming',
    expectations: 'Verwachtingen',
  } satisfies Record<LessonCategory, string>,
};

export type EnumLabels = typeof enumLabelsNl;

export const enumLabelsEn: EnumLabels = {
  projectStatus: projectStatusEn,
  phaseKind: {
    vision: 'Exploration',
    plan: 'Making the plan',
    decision: 'Decision',
    execution: 'Execution',
    management: 'Management',
  },
  participationLevel: {
    informeren: 'Inform',
    raadplegen: 'Consult',
    adviseren: 'Advise',
    coproduceren: 'Collaborate',
    meebeslissen: 'Decide together',
    zelfbeheer: 'Self-management',
  },
  personRole: {
    contact: 'Contact person',
    project_lead: 'Project lead',
    alderman: 'Alderman',
  },
  councilRole: {
    kaderstellend: 'Sets the frameworks',
    besluitvormend: 'Takes the decision',
    controlerend: 'Oversight',
    adviesrecht: 'Right to advise',
    geen: 'The executive decides',
  },
  councilOutcome: councilOutcomeEn,
  councilMeetingKind: {
    committee: 'Committee',
    council: 'Municipal council',
  },
  motionKind: {
    motion: 'Motion',
    amendment: 'Amendment',
  },
  motionResult: {
    pending: 'Not voted on yet',
    adopted: 'Adopted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    held: 'Held over',
  },
  promiseAudience: {
    residents: 'To residents',
    council: 'To the municipal council',
  },
  promiseStatus: promiseStatusEn,
  keyDateKind: {
    meeting: 'Meeting',
    walk_in: 'Walk-in session',
    workshop: 'Workshop',
    survey: 'Survey',
    sounding_board: 'Sounding board',
    site_visit: 'Site visit',
    online_session: 'Online session',
    exhibition: 'Exhibition',
    deadline: 'Deadline',
  },
  groupStatus: {
    involved: 'Involved',
    gap: 'Not reached yet',
  },
  lessonCategory: {
    communication: 'Communication',
    inclusion: 'Including everyone',
    planning: 'Planning',
    collaboration: 'Collaboration',
    decision_making: 'Decision-making',
    expectations: 'Expectations',
  },
};
/** The enumeration labels of a language. */
export function enumLabelsFor(locale: Locale): EnumLabels {
  return locale === 'en' ? enumLabelsEn : enumLabelsNl;
}
