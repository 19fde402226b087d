import { pathFor } from '../../i18n/index.ts';

// The files live once, under the Dutch open data page's path (/open-data/ is the same in both languages): data
// has no language of its own. The endpoint files in src/pages/open-data/ produce exactly these paths.
const base = pathFor({ page: 'openData' }, 'nl');

/** The paths of the open data files. */
export const openDataPaths = {
  portal: `${base}portal.json`,
  /** @example openDataPaths.project('schoolzone') // => '/open-data/projects/schoolzone.json' */
  project: (slug: string) => `${base}projects/${encodeURIComponent(slug)}.json`,
  /** The organisation's ledger of publications: its head and the list of its pages. */
  ledger: `${base}ledger.json`,
  /** @example openDataPaths.ledgerPage(2) // => '/open-data/ledger/2.json' */
  ledgerPage: (page: number) => `${base}ledger/${page}.json`,
  /** The eight-keys monitor's figures, as JSON and as CSV for a spreadsheet. */
  monitor: `${base}monitor.json`,
  monitorCsv: `${base}monitor.csv`,
  portalSchema: `${base}schema/portal.schema.json`,
  projectSchema: `${base}schema/project.schema.json`,
  ledgerSchema: `${base}schema/ledger.schema.json`,
  ledgerPageSchema: `${base}schema/ledger-page.schema.json`,
  monitorSchema: `${base}schema/monitor.schema.json`,
};
