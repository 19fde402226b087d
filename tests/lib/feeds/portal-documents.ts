import {
  callApi,
  createPortalApi,
  organisationSchema,
  projectListSchema,
  projectTimelineSchema,
  type Organisation,
  type ProjectCard,
  type ProjectTimeline,
  withdrawnProjectsSchema,
  type WithdrawnProjects,
} from '../../../src/lib/api/index.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

/** What the build reads for one organisation, read here the same way: through supabase-js from the stand-in. */
export interface PortalDocuments {
  organisation: Organisation;
  projects: Array<{ card: ProjectCard; timeline: ProjectTimeline }>;
  withdrawn: WithdrawnProjects;
}

/**
 * Starts the stand-in in memory on PGlite with the real migrations, the Demodam demo and the hostile fixture,
 * and reads the documents of each organisation. The caller closes `local`.
 */
export async function loadPortals(orgs: readonly string[]): Promise<{ local: LocalSupabase; portals: Record<string, PortalDocuments> }> {
  const local = await startLocalSupabase({
    seedFiles: ['supabase/seed.sql', 'tests/fixtures/hostile-seed.sql'],
    port: 0,
    log: () => undefined,
  });
  const api = createPortalApi({ url: local.url, anonKey: local.anonKey });
  const portals: Record<string, PortalDocuments> = {};
  for (const org of orgs) {
    const organisation = await callApi(api, 'get_organisation', { org_slug: org }, organisationSchema);
    const cards = await callApi(api, 'list_projects', { org_slug: org }, projectListSchema);
    const projects = [];
    for (const card of cards) {
      const timeline = await callApi(api, 'project_timeline', { org_slug: org, project_slug: card.slug }, projectTimelineSchema);
      projects.push({ card, timeline });
    }
    const withdrawn = await callApi(api, 'withdrawn_projects', { org_slug: org }, withdrawnProjectsSchema);
    portals[org] = { organisation, projects, withdrawn };
  }
  return { local, portals };
}

/** Decodes the five entities escapeHtml writes, once: what a feed reader shows of an HTML description. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
