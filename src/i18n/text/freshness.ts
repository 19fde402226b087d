import { councilOutcomeEn, councilOutcomeNl, projectStatusEn, projectStatusNl, promiseStatusEn, promiseStatusNl } from './status-labels.ts';

// The words of the freshness notice on the project page ("something changed since this page was made"). Only its
// script shows them (src/browser/project/freshness-notice.ts), so they travel in that script, both languages, and
// not in every page's HTML; in their own file so that the script carries these and not the whole dictionary. The
// project page's dictionary includes them (project.ts), where t.project.freshTitle and the rest still find them.

export const freshnessNl = {
  freshTitle: 'Er is iets veranderd sinds deze pagina is gemaakt:',
  freshReload: 'Laad de pagina opnieuw',
  freshMore: (count: number) => `en nog ${count} andere wijzigingen`,
  changeKind: {
    project: 'Project',
    decision: 'Besluit',
    promise: 'Toezegging',
    council_moment: 'Gemeenteraad',
    key_date: 'Moment',
    update: 'Nieuws',
  },
};

export const freshnessEn: typeof freshnessNl = {
  freshTitle: 'Something changed since this page was made:',
  freshReload: 'Reload the page',
  freshMore: (count: number) => `and ${count} other changes`,
  changeKind: {
    project: 'Project',
    decision: 'Decision',
    promise: 'Promise',
    council_moment: 'Council',
    key_date: 'Moment',
    update: 'News',
  },
};

/** Status and outcome values in words, for every kind of change that has one (a project, a promise, a council moment). */
export const changeStatusNl: Record<string, string> = { ...projectStatusNl, ...promiseStatusNl, ...councilOutcomeNl };
export const changeStatusEn: Record<string, string> = { ...projectStatusEn, ...promiseStatusEn, ...councilOutcomeEn };
