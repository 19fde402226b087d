import type { Organisation } from '../api/organisation.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import type { WithdrawnProject } from '../api/public-record.ts';
import { loadOrganisation, loadProjects } from './collections.ts';
import { loadWithdrawnProjects } from './withdrawn-projects.ts';

export interface ProjectPathProps {
  organisation: Organisation;
  timeline: ProjectTimeline;
}

/** A project's address: its page while it is published, the notice of its withdrawal after. */
export type ProjectPagePathProps =
  | (ProjectPathProps & { withdrawn?: undefined })
  | { organisation: Organisation; withdrawn: WithdrawnProject; timeline?: undefined };

/** One static path per published project, the same in every language (only the path prefix differs). */
export async function projectPaths(): Promise<Array<{ params: { slug: string }; props: ProjectPathProps }>> {
  const [organisation, projects] = await Promise.all([loadOrganisation(), loadProjects()]);
  return projects.map((entry) => ({
    params: { slug: entry.card.slug },
    props: { organisation, timeline: entry.timeline },
  }));
}

/**
 * The project page's paths: every published project, and every withdrawn one whose address no published project
 * uses, so its notice stays where residents, mails and feeds knew it.
 */
export async function projectPagePaths(): Promise<Array<{ params: { slug: string }; props: ProjectPagePathProps }>> {
  const [organisation, published, withdrawn] = await Promise.all([loadOrganisation(), projectPaths(), loadWithdrawnProjects()]);
  const taken = new Set(published.map((path) => path.params.slug));
  const notices: Array<{ params: { slug: string }; props: ProjectPagePathProps }> = [];
  // Newest first: where two withdrawn projects had one address, it keeps the notice of the later one.
  for (const project of withdrawn.projects) {
    if (taken.has(project.slug)) continue;
    taken.add(project.slug);
    notices.push({ params: { slug: project.slug }, props: { organisation, withdrawn: project } });
  }
  return [...published, ...notices];
}
