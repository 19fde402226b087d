import type { Dictionary } from './nl.ts';
import { councilRecordsEn } from './text/council-records.ts';
import { enumLabelsEn } from './text/enum-labels.ts';
import { feedsEn } from './text/feeds.ts';
import { followEn } from './text/follow.ts';
import { historyEn } from './text/history.ts';
import { layoutEn } from './text/layout.ts';
import { monitorEn } from './text/monitor.ts';
import { reportEn } from './text/report.ts';
import { pagesEn } from './text/pages.ts';
import { projectEn } from './text/project.ts';

// English follows the Dutch dictionary key for key; the type makes a missing or extra key a compile error.
export const en: Dictionary = {
  ...layoutEn,
  ...pagesEn,
  project: projectEn,
  feeds: feedsEn,
  follow: followEn,
  history: historyEn,
  monitor: monitorEn,
  report: reportEn,
  councilRecords: councilRecordsEn,
  ...enumLabelsEn,
  participationPromise: {
    informeren: 'We keep you informed. You can ask questions, but you cannot take part in the decision.',
    raadplegen: 'We ask your opinion and take it into account. The municipal government decides.',
    adviseren: 'You give advice. We follow it, and explain why when we do not.',
    coproduceren: 'We make the plan together with you and adopt the outcome, within the limits stated beforehand.',
    meebeslissen: 'You decide with us. We adopt your decision, within the limits stated beforehand.',
    zelfbeheer: 'You take it into your own hands. The municipality helps where needed.',
  },
  councilRoleMeaning: {
    kaderstellend: 'The council sets the limits beforehand within which the plan must fit.',
    besluitvormend: 'The council takes the decision.',
    controlerend: 'The council checks that the executive does what was agreed.',
    adviesrecht: 'The council may give advice before the executive decides.',
    geen: 'The council takes no decision on this: the executive decides. The council does check the executive, as always.',
  },
  recordKind: {
    project: 'Project',
    phase: 'Phase',
    person: 'Person',
    assignment: 'Role in the project',
    handover: 'Handover',
    group: 'Group',
    input_theme: 'Theme of the input',
    decision: 'Decision',
    promise: 'Promise',
    promise_status: 'Status of a promise',
    council_moment: 'Council moment',
    motion: 'Motion or amendment',
    council_letter: 'Council information letter',
    key_date: 'Moment to take part',
    update: 'Update',
    lesson: 'Lesson',
    invitation: 'Invitation',
  },
};
