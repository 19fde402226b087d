import { loadCheckRules } from '../content/check-rules.ts';
import { loadOrganisation, loadProjects } from '../content/collections.ts';
import { loadLedger } from '../content/ledger.ts';
import { loadWithdrawnProjects } from '../content/withdrawn-projects.ts';
import type { ProjectPathProps } from '../content/project-paths.ts';
import { monitorCsv, monitorOpenData } from '../monitor/monitor-data.ts';
import { ledgerJsonSchema, ledgerPageJsonSchema, monitorJsonSchema, portalJsonSchema, projectJsonSchema } from './json-schemas.ts';
import { ledgerIndexOpenData, ledgerPageCount, ledgerPageOpenData, portalOpenData, projectOpenData } from './open-data-documents.ts';

// What the endpoint files in src/pages/open-data answer. Indented JSON: people read these files too, and
// compression takes away most of what the indentation adds.

function json(value: unknown, contentType = 'application/json'): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}

export async function portalDataResponse(site: URL | undefined): Promise<Response> {
  const [organisation, projects, withdrawn] = await Promise.all([loadOrganisation(), loadProjects(), loadWithdrawnProjects()]);
  return json(portalOpenData(organisation, projects, withdrawn, site));
}

export function projectDataResponse(props: ProjectPathProps, site: URL | undefined): Response {
  return json(projectOpenData(props.timeline, site));
}

export async function ledgerDataResponse(site: URL | undefined): Promise<Response> {
  const [organisation, ledger] = await Promise.all([loadOrganisation(), loadLedger()]);
  return json(ledgerIndexOpenData(organisation, ledger, site));
}

/** One static path per page of the ledger. */
export async function ledgerPagePaths(): Promise<Array<{ params: { page: string } }>> {
  const { entries } = await loadLedger();
  return Array.from({ length: ledgerPageCount(entries) }, (_, index) => ({ params: { page: String(index + 1) } }));
}

/** A page of the ledger; 404 for a page it does not have (rendered on demand only). */
export async function ledgerPageResponse(page: string | undefined, site: URL | undefined): Promise<Response> {
  const [organisation, ledger] = await Promise.all([loadOrganisation(), loadLedger()]);
  const document = /^[1-9]\d{0,8}$/.test(page ?? '') ? ledgerPageOpenData(organisation, ledger.entries, Number(page), site) : undefined;
  return document ? json(document) : new Response(null, { status: 404 });
}

export function ledgerPageSchemaResponse(site: URL | undefined): Response {
  return json(ledgerPageJsonSchema(site), 'application/schema+json');
}

export function ledgerSchemaResponse(site: URL | undefined): Response {
  return json(ledgerJsonSchema(site), 'application/schema+json');
}

export function portalSchemaResponse(site: URL | undefined): Response {
  return json(portalJsonSchema(site), 'application/schema+json');
}

export function projectSchemaResponse(site: URL | undefined): Response {
  return json(projectJsonSchema(site), 'application/schema+json');
}

async function loadMonitorData(site: URL | undefined) {
  const [organisation, projects, rules] = await Promise.all([loadOrganisation(), loadProjects(), loadCheckRules()]);
  return monitorOpenData(
    organisation,
    projects.map((entry) => entry.timeline),
    rules,
    site,
  );
}

export async function monitorDataResponse(site: URL | undefined): Promise<Response> {
  return json(await loadMonitorData(site));
}

/** The same figures as monitor.json, one row per project and rule; UTF-8 with a byte order mark so spreadsheets read "ë" right. */
export async function monitorCsvResponse(site: URL | undefined): Promise<Response> {
  return new Response(`\uFEFF${monitorCsv(await loadMonitorData(site))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}

export function monitorSchemaResponse(site: URL | undefined): Response {
  return json(monitorJsonSchema(site), 'application/schema+json');
}
