import type { Organisation } from '../api/organisation.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { loadOrganisation, loadProjects } from './collections.ts';

export interface ProjectPathProps {
  organisation: Organisation;
  timeline: ProjectTimeline;
}

/** One static path per published project, the same in every language (only the path prefix differs). */
export async function projectPaths(): Promise<Array<{ params: { slug: string }; props: ProjectPathProps }>> {
  const [organisation, projects] = await Promise.all([loadOrganisation(), loadProjects()]);
  return projects.map((entry) => ({
    params: { slug: entry.card.slug },
    props: { organisation, timeline: entry.timeline },
  }));
}
