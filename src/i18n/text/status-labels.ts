import type { CouncilOutcome, ProjectStatus, PromiseStatus } from '../../lib/api/enums.ts';

// The labels of the statuses a project, a promise and a council moment can have: part of the enumeration labels
// (enum-labels.ts, where the workspace finds them), in a file of their own because the freshness notice's script
// (src/browser/project/freshness-notice.ts) shows them too, and should carry these three records and no other.
// Typed complete against their SQL enumerations and written in SQL order, like every enumeration's labels.

export const projectStatusNl = {
  planned: 'Gepland',
  running: 'Loopt',
  on_hold: 'Gepauzeerd',
  completed: 'Afgerond',
  stopped: 'Gestopt',
} satisfies Record<ProjectStatus, string>;

export const councilOutcomeNl = {
  pending: 'Nog niet besproken',
  adopted: 'Aangenomen',
  amended: 'Aangenomen met wijzigingen',
  rejected: 'Verworpen',
  postponed: 'Aangehouden',
  withdrawn: 'Ingetrokken',
  discussed: 'Besproken',
  noted: 'Voor kennisgeving aangenomen',
  ready_for_council: 'Rijp voor besluit in de raad',
} satisfies Record<CouncilOutcome, string>;

export const promiseStatusNl = {
  open: 'Open',
  in_progress: 'In uitvoering',
  kept: 'Nagekomen',
  changed: 'Gewijzigd',
  broken: 'Niet nagekomen',
} satisfies Record<PromiseStatus, string>;

export const projectStatusEn: typeof projectStatusNl = {
  planned: 'Planned',
  running: 'Running',
  on_hold: 'On hold',
  completed: 'Completed',
  stopped: 'Stopped',
};

export const councilOutcomeEn: typeof councilOutcomeNl = {
  pending: 'Not discussed yet',
  adopted: 'Adopted',
  amended: 'Adopted with amendments',
  rejected: 'Rejected',
  postponed: 'Held over',
  withdrawn: 'Withdrawn',
  discussed: 'Discussed',
  noted: 'Noted',
  ready_for_council: 'Ready for a council decision',
};

export const promiseStatusEn: typeof promiseStatusNl = {
  open: 'Open',
  in_progress: 'In progress',
  kept: 'Kept',
  changed: 'Changed',
  broken: 'Broken',
};
