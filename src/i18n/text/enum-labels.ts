import type {
  CouncilMeetingKind,
  CouncilOutcome,
  CouncilRole,
  GroupStatus,
  KeyDateKind,
  LessonCategory,
  MotionKind,
  MotionResult,
  ParticipationLevel,
  PersonRole,
  PhaseKind,
  ProjectStatus,
  PromiseAudience,
  PromiseStatus,
} from '../../lib/api/enums.ts';
import type { Locale } from '../locales.ts';

// The labels of the SQL enumerations, as residents read them on the site and staff choose them in the workspace.
// Each record is typed complete against its SQL enumeration and written in SQL order (the workspace offers the
// values in this order). Apart from the rest of the dictionary, so that the workspace's browser code carries only
// these labels, not the text of every page.

export const enumLabelsNl = {
  projectStatus: {
    planned: 'Gepland',
    running: 'Loopt',
    on_hold: 'Gepauzeerd',
    completed: 'Afgerond',
    stopped: 'Gestopt',
  } satisfies Record<ProjectStatus, string>,
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
  councilOutcome: {
    pending: 'Nog niet besproken',
    adopted: 'Aangenomen',
    amended: 'Aangenomen met wijzigingen',
    rejected: 'Verworpen',
    postponed: 'Aangehouden',
    withdrawn: 'Ingetrokken',
    discussed: 'Besproken',
    noted: 'Voor kennisgeving aangenomen',
    ready_for_council: 'Rijp voor besluit in de raad',
  } satisfies Record<CouncilOutcome, string>,
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
  promiseStatus: {
    open: 'Open',
    in_progress: 'In uitvoering',
    kept: 'Nagekomen',
    changed: 'Gewijzigd',
    broken: 'Niet nagekomen',
  } satisfies Record<PromiseStatus, string>,
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
  projectStatus: {
    planned: 'Planned',
    running: 'Running',
    on_hold: 'On hold',
    completed: 'Completed',
    stopped: 'Stopped',
  },
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
  councilOutcome: {
    pending: 'Not discussed yet',
    adopted: 'Adopted',
    amended: 'Adopted with amendments',
    rejected: 'Rejected',
    postponed: 'Held over',
    withdrawn: 'Withdrawn',
    discussed: 'Discussed',
    noted: 'Noted',
    ready_for_council: 'Ready for a council decision',
  },
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
  promiseStatus: {
    open: 'Open',
    in_progress: 'In progress',
    kept: 'Kept',
    changed: 'Changed',
    broken: 'Broken',
  },
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
