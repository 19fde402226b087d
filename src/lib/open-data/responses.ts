import { loadOrganisation, loadProjects } from '../content/collections.ts';
import { loadLedger } from '../content/ledger.ts';
import { loadWithdrawnProjects } from '../content/withdrawn-projects.ts';
import type { ProjectPathProps } from '../content/project-paths.ts';
import { ledgerJsonSchema, portalJsonSchema, projectJsonSchema } from './json-schemas.ts';
import { ledgerOpenData, portalOpenData, projectOpenData } from './open-data-documents.ts';

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
  return json(ledgerOpenData(organisation, ledger, site));
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
