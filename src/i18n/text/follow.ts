import type { Locale } from '../locales.ts';

// Text of following a project (the follow form, the join page, the pages reached from mails) and of the
// catch-up that the join page and the welcome mail share. Dutch first; English must match it key for key
// (the type says so). Plain language (B1), "u".

export const followNl = {
  catchUp: {
    title: 'Wat er tot nu toe is gebeurd',
    phasesDone: 'Fasen die klaar zijn',
    noPhasesDone: 'Er is nog geen fase afgerond.',
    currentPhase: 'De fase van nu',
    notStartedYet: 'Het project is nog niet begonnen. Dit is de eerste fase.',
    noCurrentPhase: 'Het project heeft (nog) geen fasen.',
    decisions: 'Besluiten',
    noDecisions: 'Er zijn nog geen besluiten genomen.',
    decidedBy: (by: string, on: string) => `Besloten door ${by} op ${on}.`,
    rationale: 'Waarom',
    inputUsed: 'Wat er met de inbreng is gedaan',
    promisesOpen: 'Beloften die nog open staan',
    noPromisesOpen: 'Er staan geen beloften open.',
    promisesKept: 'Beloften die zijn nagekomen',
    noPromisesKept: 'Er is nog geen belofte nagekomen.',
    promisesChanged: 'Beloften die zijn gewijzigd of niet nagekomen',
    madeBy: (by: string, on: string) => `Beloofd door ${by} op ${on}.`,
    dueOn: (on: string) => `Uiterlijk ${on}.`,
    overdue: 'Deze belofte is over tijd.',
    council: 'De gemeenteraad',
    noCouncil: 'De gemeenteraad heeft nog niet over dit project gesproken.',
    councilDiffers: 'De raad besliste anders dan de uitkomst van de inspraak.',
    openForInput: 'Waar u nu nog over mee kunt praten',
    nothingOpen: 'Op dit moment kunt u niet meepraten. U kunt het project wel volgen.',
    nextMoments: 'De volgende momenten om mee te doen',
    noNextMoments: 'Er staan nog geen momenten gepland. Volg het project, dan hoort u het als er een bijkomt.',
    contact: 'Vragen? Neem contact op',
  },
};

export const followEn: typeof followNl = {
  catchUp: {
    title: 'What has happened so far',
    phasesDone: 'Phases that are finished',
    noPhasesDone: 'No phase has finished yet.',
    currentPhase: 'The phase now',
    notStartedYet: 'The project has not started yet. This is the first phase.',
    noCurrentPhase: 'The project has no phases (yet).',
    decisions: 'Decisions',
    noDecisions: 'No decisions have been taken yet.',
    decidedBy: (by: string, on: string) => `Decided by ${by} on ${on}.`,
    rationale: 'Why',
    inputUsed: 'What was done with the input',
    promisesOpen: 'Promises still open',
    noPromisesOpen: 'No promises are open.',
    promisesKept: 'Promises kept',
    noPromisesKept: 'No promise has been kept yet.',
    promisesChanged: 'Promises changed or broken',
    madeBy: (by: string, on: string) => `Promised by ${by} on ${on}.`,
    dueOn: (on: string) => `By ${on} at the latest.`,
    overdue: 'This promise is overdue.',
    council: 'The council',
    noCouncil: 'The council has not discussed this project yet.',
    councilDiffers: 'The council decided differently from the outcome of the participation.',
    openForInput: 'What you can still give your views on',
    nothingOpen: 'At the moment there is nothing to give your views on. You can follow the project.',
    nextMoments: 'The next moments to take part',
    noNextMoments: 'No moments are planned yet. Follow the project to hear when one is added.',
    contact: 'Questions? Get in touch',
  },
};

export const followText: Record<Locale, typeof followNl> = { nl: followNl, en: followEn };
