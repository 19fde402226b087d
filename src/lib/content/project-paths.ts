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
  (ProjectPathProps & { withdrawn?: undefined }) | { organisation: Organisation; withdrawn: WithdrawnProject; timeline?: undefined };

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

/**
 * The props of a project route. In the static build they come from getStaticPaths; when the renderer renders one
 * path on demand (src/renderer/, for incremental publish) Astro passes none, and they are looked up by the slug in
 * the path, from the same paths. Undefined when no published (or, for the project page, withdrawn) project has the
 * slug: the route answers 404 and the renderer removes the file.
 */
export async function routeProps<P extends object>(
  given: P | Record<string, never>,
  slug: string | undefined,
  paths: () => Promise<Array<{ params: { slug: string }; props: P }>>,
): Promise<P | undefined> {
  if (Object.keys(given).length > 0) return given as P;
  return (await paths()).find((path) => path.params.slug === slug)?.props;
}

/** The answer of a project route whose project is gone (rendered on demand only). */
export const projectGone = (): Response => new Response(null, { status: 404 });
