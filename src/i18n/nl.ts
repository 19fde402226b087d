import type { CouncilRole, ParticipationLevel } from '../lib/api/enums.ts';
import type { PublishableKind } from '../lib/records/kinds.ts';
import { councilRecordsNl } from './text/council-records.ts';
import { enumLabelsNl } from './text/enum-labels.ts';
import { feedsNl } from './text/feeds.ts';
import { followNl } from './text/follow.ts';
import { historyNl } from './text/history.ts';
import { layoutNl } from './text/layout.ts';
import { monitorNl } from './text/monitor.ts';
import { reportNl } from './text/report.ts';
import { pagesNl } from './text/pages.ts';
import { projectNl } from './text/project.ts';

// Dutch is the source language: its shape is the Dictionary type that the English text must match key for
// key. Plain language (B1): short sentences, "u", no jargon without an explanation.

export const nl = {
  ...layoutNl,
  ...pagesNl,
  project: projectNl,
  feeds: feedsNl,
  follow: followNl,
  history: historyNl,
  monitor: monitorNl,
  report: reportNl,
  councilRecords: councilRecordsNl,
  ...enumLabelsNl,
  // What each rung of the participatieladder promises the resident, in one plain sentence.
  participationPromise: {
    informeren: 'Wij houden u op de hoogte. U kunt vragen stellen, maar niet meebeslissen.',
    raadplegen: 'Wij vragen uw mening en wegen die mee. Het gemeentebestuur beslist.',
    adviseren: 'U geeft advies. Wij volgen uw advies, en leggen uit waarom als we dat niet doen.',
    coproduceren: 'Wij maken het plan samen met u. Wij nemen de uitkomst over, binnen de kaders die vooraf zijn genoemd.',
    meebeslissen: 'U beslist mee. Wij nemen uw besluit over, binnen de kaders die vooraf zijn genoemd.',
    zelfbeheer: 'U neemt het zelf in handen. De gemeente helpt waar dat nodig is.',
  } satisfies Record<ParticipationLevel, string>,
  councilRoleMeaning: {
    kaderstellend: 'De raad bepaalt vooraf de kaders waar het plan binnen moet passen.',
    besluitvormend: 'De raad neemt het besluit.',
    controlerend: 'De raad controleert of het college doet wat is afgesproken.',
    adviesrecht: 'De raad mag advies geven voordat het college besluit.',
    geen: 'De raad neemt hierover geen besluit: het college beslist. De raad controleert het college wel, zoals altijd.',
  } satisfies Record<CouncilRole, string>,
  // What residents call each kind of record, in the history and in the notice of a withdrawal.
  recordKind: {
    project: 'Project',
    phase: 'Fase',
    person: 'Persoon',
    assignment: 'Rol in het project',
    handover: 'Overdracht',
    group: 'Groep',
    input_theme: 'Thema van de inbreng',
    decision: 'Besluit',
    promise: 'Toezegging',
    promise_status: 'Status van een toezegging',
    council_moment: 'Moment in de gemeenteraad',
    motion: 'Motie of amendement',
    council_letter: 'Raadsinformatiebrief',
    key_date: 'Moment om mee te doen',
    update: 'Bericht',
    lesson: 'Les',
    invitation: 'Uitnodiging',
  } satisfies Record<PublishableKind, string>,
};

export type Dictionary = typeof nl;
